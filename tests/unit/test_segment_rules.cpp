// Roles and articles: each rule with its counter-example.
#include <algorithm>
#include <random>

#include <catch2/catch.hpp>

#include "helpers.hpp"
#include "lexicon.hpp"
#include "unicode.hpp"
#include "units.hpp"

using namespace galley;
using galley::test::blocks_of;
using galley::test::headlines_of;
using galley::test::in_column;
using galley::test::reflow_ok;

// A Chinese paragraph set in a column of `width` characters, its first line indented.
std::string para(const char* text, std::size_t width = 12) { return in_column(std::string("　　") + text, width); }

// A headed story of one paragraph, for the tests that set other stories after one.
const std::string ferry_story =
    "Harbour Ferry Resumes Crossings\n\n"
    "The harbour ferry has resumed its regular timetable across the bay after repairs\nto the vessel's engines.\n\n";

// A two-paragraph results story with no head of its own, and a headed wheat story: the
// tests that print a head away from its story set them after the ferry story.
const std::string results =
    "Geonex Corp said a telephone company's decision to postpone new survey work could\ncut its fiscal 1987 revenues.\n\n"
    "Geonex expects to replace the work with contracts from other telephone companies\nand municipalities.\n\n";
const std::string wheat =
    "Wheat Harvest Expected To Grow\n\n"
    "Wheat growers in the northern plains expect a larger harvest this autumn after\nsteady rain in spring.\n\n"
    "Grain elevators are being cleaned and inspected ahead of the wheat harvest, the\ngrowers' association said.\n\n";

TEST_CASE("lexicon: bylines, credits, captions, jumps and their counter-examples", "[lexicon]") {
  using namespace galley::detail;
  CHECK(looks_like_byline(U"□ 周明"));
  CHECK(looks_like_byline(U"本报记者 王明"));
  CHECK(looks_like_byline(U"By Jane Smith"));
  CHECK_FALSE(looks_like_byline(U"□ 周明说，这是一项长期的工作。"));
  // OCR reads the box as "口"; a word opened by 口 is no name ("口岸", "口罩").
  CHECK(looks_like_byline(U"口 周明"));
  CHECK(looks_like_byline(U"口刘晨光"));
  CHECK_FALSE(looks_like_byline(U"口岸城市"));
  CHECK_FALSE(looks_like_byline(U"口罩"));
  CHECK_FALSE(looks_like_byline(U"口周明说，这是一项长期的工作。"));
  CHECK(looks_like_byline(U"记者 王明 李华"));
  CHECK_FALSE(looks_like_byline(U"记者从市交通部门了"));  // a sentence that begins with 记者
  CHECK(looks_like_byline(U"记者周一鸣"));                // unspaced: a surname follows the title
  CHECK(looks_like_byline(U"本报记者欧阳晓"));
  CHECK_FALSE(looks_like_byline(U"记者从省电力"));        // ... and here a sentence goes on
  CHECK_FALSE(looks_like_byline(U"记者近日获悉"));
  CHECK(looks_like_credit(U"据新华社"));
  CHECK(looks_like_credit(U"(作者单位:江南大学文学院)"));
  CHECK(looks_like_credit(U"（新华社上海5月3日电 记者王某）"));
  CHECK(looks_like_credit(U"（摘编自《南湖晚报》）"));
  CHECK_FALSE(looks_like_credit(U"摘编自《南湖晚报》的这篇文章引起了讨论。"));
  CHECK_FALSE(looks_like_credit(U"据当地一家通讯社"));  // opens a sentence that goes on
  CHECK(looks_like_caption(U"这是5月3日拍摄的大桥。新华社发"));
  CHECK(looks_like_caption(U"新华社记者 王明 摄"));
  CHECK_FALSE(looks_like_caption(U"摄影爱好者在湖边拍摄日出。"));
  CHECK(looks_like_dateline(U"本报南宁6月17日电（记者庞革平）记者从17日召开的会议上获悉"));
  CHECK_FALSE(looks_like_dateline(U"本报的记者在南宁采访时发现，电动车越来越多"));
  CHECK(looks_like_jump(U"（下转第3版）"));
  CHECK(looks_like_jump(U"Continued on page 4"));
  CHECK_FALSE(looks_like_jump(U"下转眼就到了第二年。"));
  CHECK(looks_like_dateline(U"新华社上海5月3日电 记者李明报道"));
  CHECK(looks_like_dateline(U"新华社消息，今天"));
  CHECK_FALSE(looks_like_dateline(U"市民则纷纷发布消息，表示"));
  CHECK(trailing_credit_length(U"工程进展顺利。 据新华社") == 5);  // the credit and the space before it
  CHECK(trailing_credit_length(U"据新华社报道，工程进展顺利。") == 0);
  CHECK(title_case(U"Pan Am To Cut Costs"));
  CHECK(title_case(U"Combustion Engineering <Csp>"));  // a ticker in brackets is a word
  CHECK_FALSE(title_case(U"Combustion engineering <csp> said"));
  CHECK_FALSE(title_case(U"Two Words"));  // too few to tell
  CHECK(looks_like_box_head(U"国际联播快讯"));
  CHECK(looks_like_box_head(U"体育简讯"));
  CHECK(looks_like_box_head(U"News in Brief"));
  CHECK_FALSE(looks_like_box_head(U"快讯显示城郊蔬菜丰收"));
  CHECK_FALSE(looks_like_box_head(U"海外媒体密集发布中国经济发展快讯"));  // too long for a column's name
  CHECK_FALSE(looks_like_box_head(U"Briefing Set For Monday"));
  CHECK(looks_like_box_head(U"相关链接"));
  CHECK(looks_like_box_head(U"Fact Box"));
  CHECK_FALSE(looks_like_box_head(U"Background Checks Tightened"));
  CHECK(looks_like_caption(U"Workers load grain onto a ship at the port. REUTERS/Jane Moss"));
  CHECK(looks_like_caption(U"Passengers board the ferry on Monday. (Photo: Tom Becker)"));
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
      "跨江大桥顺利合龙\n\n"
      "跨江大桥主桥今天顺利合龙，大桥全长三千米，建设者在江面上连续施工三十个小时。\n\n"
      "大桥施工采用智能监测\n\n"
      "大桥施工全程采用智能监测系统，建设者在江面上实时掌握主桥数据，确保大桥合龙精度。\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(blocks_of(d, block_kind::heading) == std::vector<std::string>{"大桥施工采用智能监测"});
}

TEST_CASE("articles counter-example: a display line between unrelated stories starts a new article", "[articles]") {
  auto d = reflow_ok(
      "跨江大桥顺利合龙\n\n"
      "跨江大桥主桥今天顺利合龙，大桥全长三千米，建设者在江面上连续施工三十个小时。\n\n"
      "秋季蔬菜喜获丰收\n\n"
      "连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜，货车驶向农贸市场。\n");
  CHECK(headlines_of(d) == std::vector<std::string>{"跨江大桥顺利合龙", "秋季蔬菜喜获丰收"});
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

TEST_CASE("articles: a head reprinted without the kicker it was first printed under continues its article", "[articles]") {
  using galley::test::in_column;
  // A narrow column (7 characters) the kicker and the head's two lines fill: read as one unit.
  const std::string first =
      "新思想引领新征程\n图书馆新馆开放\n推出流动服务站\n\n"
      "□ 林晓\n\n" +
      para("南湖区图书馆新馆今天正式开放，新馆设有少儿阅读区和古籍修复室，市民可以凭身份证免费借阅。", 7) + "\n"
      "秋季蔬菜喜获丰收\n\n"
      "□ 周明\n\n" +
      para("连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜，装车运往城里。", 7) + "\n";
  auto d = reflow_ok(first + "图书馆新馆开放推出流动服务站\n\n" +
                     para("据介绍，新馆将延长开放时间至晚上九点，并推出流动服务。", 7));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].headline == "图书馆新馆开放推出流动服务站");
  CHECK(d.articles[0].blocks.back().text.find("延长开放时间") != std::string::npos);
  REQUIRE(d.residue.size() == 1);
  CHECK(d.residue[0].reason == "repeated-headline");
  // Counter-example: the last line of a head wrapped at its column (a first line longer than
  // the rest) printed alone over another story heads that story.
  auto w = reflow_ok(
      "图书馆新馆今天向市民开放\n并推出流动服务\n\n"
      "南湖区图书馆新馆今天正式开放，新馆设有少儿阅读区和古籍修复室。\n\n"
      "并推出流动服务\n\n"
      "连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜。\n");
  for (const auto& r : w.residue) CHECK(r.reason != "repeated-headline");
  REQUIRE(w.articles.size() == 2);
  CHECK(w.articles[1].headline == "并推出流动服务");
}

TEST_CASE("articles: a sentence cut across a jump is rejoined by its fragment", "[articles]") {
  // One paragraph a line, blocks separated by blank lines (as a PDF tool that unwraps gives them).
  auto d = reflow_ok(
      "图书馆推出多项便民举措，引导读者养成良好的阅读习惯，树立正确的阅读观\n\n"
      "秋季蔬菜喜获丰收\n\n"
      "□ 周明\n\n"
      "连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜。\n"
      "念。馆员还定期举办读书沙龙，帮助读者更新阅读观念。\n");
  const auto paras = blocks_of(d);
  CHECK(std::find(paras.begin(), paras.end(),
                  "图书馆推出多项便民举措，引导读者养成良好的阅读习惯，树立正确的阅读观念。馆员还定期举办读书沙龙，帮助读者更新阅读观念。") != paras.end());
}

TEST_CASE("articles: jump lines and page furniture go to residue, nothing dropped", "[articles]") {
  auto d = reflow_ok("第3版\n\n图书馆新馆开放\n\n南湖区图书馆新馆今天正式开放，藏书六十万册。\n\n（下转第5版）\n");
  REQUIRE(d.residue.size() == 2);
  CHECK(d.residue[0].text == "第3版");
  CHECK(d.residue[1].text == "（下转第5版）");
}

TEST_CASE("articles: Markdown levels give headline, deck, heading, notices are residue", "[articles][markdown]") {
  auto d = reflow_ok(
      "# 大桥为何提前合龙\n\n### 三个原因\n\n#### 智能监测\n\n建设者全程掌握主桥数据，施工精度大幅提高。\n\n"
      "## 分类信息\n\n**遗失声明**\n\n某书店遗失营业执照副本，特此声明。\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "大桥为何提前合龙");
  CHECK(d.articles[0].deck == std::vector<std::string>{"三个原因"});
  CHECK(blocks_of(d, block_kind::heading) == std::vector<std::string>{"智能监测"});
  CHECK(d.residue.size() == 3);
}

TEST_CASE("articles: a short rubric over a headline is a kicker, a longer line under it is a deck", "[articles]") {
  auto kicker = reflow_ok(
      "文化中国行\n茶香飘满千年古街小巷\n\n"
      "□ 赵一鸣\n\n"
      "茶香四溢的街巷里，游客们品茶赏艺，感受传统文化的魅力，乐在其中。\n");
  REQUIRE(kicker.articles.size() == 1);
  CHECK(kicker.articles[0].headline == "茶香飘满千年古街小巷");
  CHECK(kicker.articles[0].deck == std::vector<std::string>{"文化中国行"});
  // A rubric of eight characters over a headline half as long again (not twice) is one too.
  auto longer = reflow_ok(
      "乡村振兴调研行\n城郊农机合作社带动千户增收\n\n"
      "□ 赵一鸣\n\n"
      "城郊农机合作社今年带动一千多户村民增收，合作社的农机在田间来回作业。\n");
  REQUIRE(longer.articles.size() == 1);
  CHECK(longer.articles[0].headline == "城郊农机合作社带动千户增收");
  CHECK(longer.articles[0].deck == std::vector<std::string>{"乡村振兴调研行"});
  auto deck = reflow_ok(
      "跨江大桥顺利合龙，年底通车\n建设者连续奋战三十个小时，克服大风和降雨等不利天气\n\n"
      "□ 赵一鸣\n\n"
      "跨江大桥主桥今天顺利合龙，建设者克服大风和降雨天气，连续奋战三十个小时。\n");
  REQUIRE(deck.articles.size() == 1);
  CHECK(deck.articles[0].headline == "跨江大桥顺利合龙，年底通车");
  CHECK(deck.articles[0].deck == std::vector<std::string>{"建设者连续奋战三十个小时，克服大风和降雨等不利天气"});
}

TEST_CASE("articles: a column rubric with a middle dot is a kicker even over a line of its width", "[articles]") {
  auto d = reflow_ok(
      "乡村振兴·春耕时节\n田间地头农机忙\n\n"
      "□ 赵一鸣\n\n"
      "连日来，城郊多个村镇迎来春耕高峰，农机手们驾驶播种机在田间来回作业。\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "田间地头农机忙");
  CHECK(d.articles[0].deck == std::vector<std::string>{"乡村振兴·春耕时节"});
  // At the top of a page, set as wide as the column (two lines the line evidence reads as
  // one paragraph, a headline only once the gap under it is seen): the same.
  auto top = reflow_ok(
      "乡村振兴·春耕时节农机\n田间地头农机忙碌抢农时\n\n\n"
      "本报讯（记者周明）\n\n连日来，城郊多个村镇\n\n迎来春耕高峰，农机手\n\n们驾驶播种机在田间来\n\n"
      "回作业，农民们忙着育\n\n秧和施肥，一派繁忙。\n");
  REQUIRE_FALSE(top.articles.empty());
  CHECK(top.articles[0].headline == "田间地头农机忙碌抢农时");
  CHECK(top.articles[0].deck == std::vector<std::string>{"乡村振兴·春耕时节农机"});
}

TEST_CASE("articles: a title-case headline wrapped onto a short line stays one headline, a byline is not a head", "[articles][latin]") {
  auto d = reflow_ok(
      "Harbour Ferry Resumes Service Across\nThe Bay\n\n"
      "By Jane Moss\n\n"
      "The harbour ferry said it has resumed its regular timetable across the bay after two weeks of repairs.\n\n"
      "Tickets bought for cancelled crossings will be honoured until the end of the month.\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "Harbour Ferry Resumes Service Across The Bay");
  CHECK(d.articles[0].deck.empty());
  CHECK(blocks_of(d, block_kind::byline) == std::vector<std::string>{"By Jane Moss"});
}

TEST_CASE("articles: a sentence-case head's third line, opened in lower case, is the head's, not a deck", "[articles][latin]") {
  // A wire head wrapped onto three lines in a narrow column, cut at a figure, in sentence
  // case: no deck opens in lower case.
  auto d = reflow_ok(
      "The harbour board ended the meeting early, the chairman said.\n\n"
      "Harbour board two million stg ferry\n"
      "repair fund due 2027\n"
      "exhausted - officials\n"
      "By Jane Moss\n"
      "The two million stg fund set aside last spring for repairs to the harbour ferry has been\n"
      "spent, officials said on Tuesday, after work on the hull took longer than planned.\n"
      "The board will ask the council for a further grant at its next meeting.\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "Harbour board two million stg ferry repair fund due 2027 exhausted - officials");
  CHECK(d.articles[1].deck.empty());
}

TEST_CASE("roles: a short head right over its byline, with no blank line between, is a head (pdftotext -layout)", "[roles][latin]") {
  // Two columns as -layout prints them: the head's line set apart above, the byline under it
  // with the other column's text beside it, no blank line between (the PDF's text runs on).
  const auto row = [](std::string left, std::size_t at, const std::string& right) {
    left.resize(std::max(left.size(), at), ' ');
    return left + right + "\n";
  };
  const std::string page =
      row("The Harbour Gazette", 78, "Monday, May 4, 2026            Page A3 Local") + "\n\n\n" +
      "  Ferry Talks End In Failure\n" +
      row("By Jane Moss", 70, "Tickets bought for cancelled crossings will") +
      row("  A   special    meeting   of   the   harbour   board   said", 68, "be honoured until the end of the month, the") +
      row("regular timetable across the bay on Monday, after", 68, "operator said, and a second boat will join") +
      row("repairs to its hull and engines, the operator said.", 68, "the route in the summer.") + "\n" +
      row("  Passengers had been carried by bus around the", 70, "Local traders said the closure had cost") +
      row("bay while the boat was out of service, adding an", 68, "them custom during the school holidays,") +
      row("hour to the journey, the council said.", 68, "when visitors usually cross to the island.");
  auto d = reflow_ok(page);
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "Ferry Talks End In Failure");
  CHECK(blocks_of(d, block_kind::byline) == std::vector<std::string>{"By Jane Moss"});
}

TEST_CASE("articles: text between a Latin headline and its byline is the head's standfirst, however it ends", "[articles][latin]") {
  // "U.K. Gas Industry Said Not Irreparably Wounded" / "Pipelaying and survey ship crews had
  // been hit the hardest" / "By Peter Hale": a line or three right under the head and over the
  // byline, ending in a full stop or not, is its deck, not the story's first paragraph.
  for (const std::string& standfirst : {std::string("Pipelaying and survey ship crews had been hit the hardest"),
                                       std::string("It said neither has repaid the ferry bonds."),
                                       std::string("A relatively calm winter storm season has reduced\ntraffic on the most crowded routes")}) {
    const std::string page = "Harbour Ferry Resumes Service Across The Bay\n" + standfirst +
                             "\nBy Jane Moss\n"
                             "The harbour ferry said it has resumed its regular timetable across the bay after\n"
                             "two weeks of repairs, and that tickets bought for cancelled crossings will be\n"
                             "honoured until the end of the month.\n";
    INFO(page);
    const auto d = reflow_ok(page);
    REQUIRE(d.articles.size() == 1);
    CHECK(d.articles[0].headline == "Harbour Ferry Resumes Service Across The Bay");
    std::string joined = standfirst;
    std::replace(joined.begin(), joined.end(), '\n', ' ');
    CHECK(d.articles[0].deck == std::vector<std::string>{joined});
    CHECK(blocks_of(d, block_kind::byline) == std::vector<std::string>{"By Jane Moss"});
  }
}

TEST_CASE("roles: a line set apart that opens with a pronoun or stops at a function word is text, not a head", "[roles][latin]") {
  using galley::detail::sentence_fragment;
  CHECK(sentence_fragment(U"He cited several piers"));
  CHECK(sentence_fragment(U"It also said it will levy a two cts per"));
  CHECK(sentence_fragment(U"Profits were higher than"));
  CHECK_FALSE(sentence_fragment(U"Hess To Sell Pipeline Stake"));          // title case
  CHECK_FALSE(sentence_fragment(U"Japan February reserves record high"));  // a head in sentence case
  CHECK_FALSE(sentence_fragment(U"Items per share"));                       // "per" only at the end
  // Each opening article and pronoun with its space, and words that only open with one.
  for (const std::u32string_view line : {U"The rates rose", U"A plan emerged", U"An offer stood", U"He named areas",
                                         U"She named areas", U"It rose sharply", U"They named areas", U"We named areas"})
    CHECK(sentence_fragment(line));
  for (const std::u32string_view line : {U"Their rates rose", U"Theyre", U"Then rates rose", U"Andes rates rose", U"Ant",
                                         U"Hex rates rose", U"Shell rates rose", U"Item rates rose", U"West rates rose",
                                         U"the rates rose", U"T", U""})
    CHECK_FALSE(sentence_fragment(line));
  // A paragraph's line cut off by a column's end, set apart by blank lines: the story goes on.
  auto d = reflow_ok(
      "Harbour Ferry Resumes Crossings\n\n"
      "The harbour ferry has resumed its regular timetable across the bay after repairs\nto the vessel's engines, the operator said on Monday.\n\n"
      "He cited several piers\n\n"
      "where the service would be extended next year, including the northern piers.\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "Harbour Ferry Resumes Crossings");
}

TEST_CASE("roles: rows of a table of figures set apart by blank lines are text, not heads", "[roles][latin]") {
  // Wire copy prints a table a row a line, the figure for the period before in brackets:
  // unpunctuated and set apart, each row looked like a head of its own.
  const std::string story =
      "Average Deposit Rates Fall In Latest Week\n\n"
      "Average interest rates on certificates of deposit fell to 4.27 pct in the week\nended February 25 from 4.32 pct the previous week, the central bank said.\n\n"
      "Average rates all banks 4.27 pct (4.32)\n\n"
      "Less than 45 days 3.81 pct (3.86)\n\n"
      "45-75 days 3.74 pct (3.92)\n\n"
      "120-150 days unquoted (unquoted)\n\n";
  auto d = reflow_ok(story + "Harbour Ferry Resumes Crossings\n\n"
                     "The harbour ferry has resumed its regular timetable across the bay after repairs\nto the vessel's engines.\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].headline == "Average Deposit Rates Fall In Latest Week");
  CHECK(d.articles[0].blocks.size() == 5);
  CHECK(d.articles[1].headline == "Harbour Ferry Resumes Crossings");
  // Counter-examples: brackets that name something end a headline, not a row.
  using galley::detail::ends_in_figure;
  CHECK(ends_in_figure(U"Barley July 14.5, total 14.5 (nil)"));
  CHECK_FALSE(ends_in_figure(U"Japan February reserves record 51.73 billion dlrs (January 51.46 billion)"));
  CHECK_FALSE(ends_in_figure(U"Ferry Fares Rise 5 Pct (Corrected)"));
  CHECK_FALSE(ends_in_figure(U"Shares steady (see table)"));
  CHECK_FALSE(ends_in_figure(U"Output rose 3.2 pct(4.1)"));
}

TEST_CASE("articles counter-example: a sentence-case line under a title-case headline is its deck", "[articles][latin]") {
  auto d = reflow_ok(
      "Harbour Ferry Resumes Service\nRepairs to the landing stage took two weeks\n\n"
      "The harbour ferry said it has resumed its regular timetable across the bay after two weeks of repairs.\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "Harbour Ferry Resumes Service");
  CHECK(d.articles[0].deck == std::vector<std::string>{"Repairs to the landing stage took two weeks"});
}

TEST_CASE("articles: English stories told apart by their words, not by letter pairs", "[articles][latin]") {
  auto d = reflow_ok(
      "Harbour Ferry Resumes Service\n\n"
      "The harbour ferry said it has resumed its regular timetable across the bay after two weeks of repairs.\n\n"
      "Grain Farmers Expect Larger Harvest\n\n"
      "Wheat growers in the northern plains expect a larger harvest this autumn after steady spring rain.\n");
  CHECK(headlines_of(d) == std::vector<std::string>{"Harbour Ferry Resumes Service", "Grain Farmers Expect Larger Harvest"});
}

TEST_CASE("articles: a headline printed after its body's credit still goes to that body", "[articles]") {
  auto d = reflow_ok(
      "跨江大桥顺利合龙\n\n"
      "跨江大桥主桥今天顺利合龙，大桥全长三千米，建设者在江面上连续施工三十个小时。\n\n"
      "本报讯 南湖区图书馆新馆今天正式开放，新馆藏书达到六十万册，市民排队入馆。\n\n"
      "据新华社\n\n"
      "南湖区图书馆新馆开放\n\n"
      "连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜。\n");
  REQUIRE(d.articles.size() == 3);
  CHECK(d.articles[1].headline == "南湖区图书馆新馆开放");
  CHECK(d.articles[1].blocks.at(0).text.find("图书馆新馆今天正式开放") != std::string::npos);
  CHECK(d.articles[2].headline.empty());
}

TEST_CASE("articles: a head clustered at the end cuts the story it names out of the one it was set after", "[articles][latin]") {
  // Two stories run together with no head between them; both heads are printed at the end.
  auto d = reflow_ok(
      "The harbour ferry said it has resumed its regular timetable\nacross the bay after repairs.\n\n"
      "Ferry tickets bought for cancelled crossings will be honoured\nuntil the end of the month.\n\n"
      "Wheat growers in the northern plains expect a larger harvest\nthis autumn after steady rain.\n\n"
      "Grain elevators are being cleaned and inspected ahead of the\nharvest, growers said.\n\n"
      "Harbour Ferry Resumes Crossings\n\n"
      "Wheat Growers Expect Larger Harvest\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].headline == "Harbour Ferry Resumes Crossings");
  CHECK(d.articles[0].blocks.size() == 2);
  CHECK(d.articles[1].headline == "Wheat Growers Expect Larger Harvest");
  CHECK(d.articles[1].blocks.at(0).text.starts_with("Wheat growers"));
}

TEST_CASE("articles: display lines set apart by a blank line are separate heads", "[articles]") {
  // A roundup's head printed after its body, then the next story's head over its own body.
  auto d = reflow_ok(
      "城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜。\n"
      "南湖区图书馆新馆今天正式开放，藏书达到六十万册。\n\n"
      "本地新闻速览\n\n"
      "跨江大桥顺利合龙\n\n"
      "跨江大桥主桥今天顺利合龙，大桥全长三千米，建设者在江面上连续施工三十个小时。\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "跨江大桥顺利合龙");
  CHECK(d.articles[1].deck.empty());
  CHECK(d.articles[0].headline == "本地新闻速览");
}

TEST_CASE("articles: heads set apart by a blank line stay apart when a byline stands between them and the text", "[articles]") {
  auto d = reflow_ok(
      "城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜。\n"
      "南湖区图书馆新馆今天正式开放，藏书达到六十万册。\n\n"
      "本地新闻速览\n\n"
      "跨江大桥顺利合龙\n\n"
      "□ 周明\n\n"
      "跨江大桥主桥今天顺利合龙，大桥全长三千米，建设者在江面上连续施工三十个小时。\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "跨江大桥顺利合龙");
  CHECK(d.articles[1].deck.empty());
  CHECK(d.articles[0].headline == "本地新闻速览");
}

TEST_CASE("articles: a display line over a dateline-opened paragraph is a headline, however close the topics", "[articles]") {
  auto d = reflow_ok(
      "跨江大桥顺利合龙\n\n"
      "跨江大桥主桥今天顺利合龙，大桥全长三千米，建设者在江面上连续施工三十个小时。\n\n"
      "跨江大桥引桥开工\n\n"
      "本报讯 跨江大桥北岸引桥今天开工，引桥全长八百米，建设者将在年底前完成桥墩施工。\n");
  CHECK(headlines_of(d) == std::vector<std::string>{"跨江大桥顺利合龙", "跨江大桥引桥开工"});
  auto heading = reflow_ok(
      "跨江大桥顺利合龙\n\n"
      "跨江大桥主桥今天顺利合龙，大桥全长三千米，建设者在江面上连续施工三十个小时。\n\n"
      "跨江大桥引桥开工\n\n"
      "跨江大桥北岸引桥今天开工，引桥全长八百米，建设者将在年底前完成桥墩施工。\n");
  REQUIRE(heading.articles.size() == 1);
  CHECK(blocks_of(heading, block_kind::heading) == std::vector<std::string>{"跨江大桥引桥开工"});
}

TEST_CASE("articles: a credit after a jump line closes the article that was cut, it opens none", "[articles]") {
  auto d = reflow_ok(
      "跨江大桥顺利合龙\n\n"
      "跨江大桥主桥今天顺利合龙，大桥全长三千米，建设者在江面上连续施工三十个小时。\n\n"
      "（下转第3版）\n\n"
      "据新华社\n\n"
      "秋季蔬菜喜获丰收\n\n"
      "连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜。\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].blocks.back().kind == block_kind::credit);
  CHECK(d.articles[0].blocks.back().text == "据新华社");
}

TEST_CASE("articles: the end of a story begun on another page does not run on from the story above it", "[articles]") {
  const std::string above =
      "全省冬小麦播种基本结束\n\n"
      "本报讯（记者 王明）全省冬小麦播种工作\n已基本结束，各地加强田间管理，确保麦苗\n安全越冬。\n\n"
      "农业部门派出工作组分赴主产区指导。\n\n";
  const std::string rest =
      "会议强调，要坚持稳中求进工作总基调，\n加快构建新发展格局，着力推动高质量发展。\n\n"
      "会议要求，各级各部门要狠抓落实，确保\n各项任务按时完成。\n";
  // Nothing was cut off on this page: the "上接" line opens what follows.
  auto d = reflow_ok(above + "（上接第1版）\n\n" + rest);
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].blocks.size() == 2);
  CHECK(d.articles[1].headline.empty());
  CHECK(d.articles[1].blocks.at(0).text.starts_with("会议强调"));
  CHECK(d.residue.at(0).text == "（上接第1版）");
  // Its head reprinted over the jump line keeps it.
  auto headed = reflow_ok(above + "全面推动高质量发展\n\n（上接第1版）\n\n" + rest);
  REQUIRE(headed.articles.size() == 2);
  CHECK(headed.articles[1].headline == "全面推动高质量发展");
  CHECK(headed.articles[1].blocks.size() == 2);
  // A story cut off by "下转" further up the page is still resumed by it.
  auto resumed = reflow_ok("全省冬小麦播种基本结束\n\n本报讯（记者 王明）全省冬小麦播种工作已基本结束，\n各地加强田间管理。\n\n"
                           "（下转第2版）\n\n秋季蔬菜喜获丰收\n\n连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜。\n\n"
                           "（上接第1版）\n\n确保麦苗安全越冬，农业部门派出工作组分赴主产区指导。\n");
  REQUIRE(resumed.articles.size() == 2);
  CHECK(resumed.articles[0].blocks.back().text.starts_with("确保麦苗"));
}

TEST_CASE("articles: heads that name nothing pair with headless bodies in page order", "[articles]") {
  auto d = reflow_ok(
      "连日来，城郊多个蔬菜基地迎来采收高峰，\n菜农们忙着采摘白菜和萝卜。\n\n"
      "据新华社\n\n"
      "跨江大桥主桥今天顺利合龙，大桥全长三千米，\n建设者在江面上连续施工三十个小时。\n\n"
      "据新华社\n\n"
      "本地新闻速览\n\n"
      "城市建设快讯\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].headline == "本地新闻速览");
  CHECK(d.articles[0].blocks.at(0).text.starts_with("连日来"));
  CHECK(d.articles[1].headline == "城市建设快讯");
}

TEST_CASE("articles: a paragraph run on under a headed story's paragraph is that story's, however much it reads like a story cut off", "[articles]") {
  // A story cut off mid-sentence ("…开展更多务实合作" / "，推动两市…", its rest printed after
  // the next story), and in that next story a paragraph that shares more words with the cut
  // story than with its own short lead.
  const std::string mayor = "市长会见友好城市代表团\n\n" +
                            para("市长今天会见了来访的友好城市代表团，双方就港口物流、职业教育和文化旅游合作深入交换意见。") +
                            para("市长表示，两市友好交往已有二十年，希望双方继续扩大经贸往来，让合作成果惠及两市市民。") +
                            in_column("　　代表团团长说，愿同我市在港口物流和职业教育领域开展更多务实合作", 12) + "\n";
  const std::string rest = in_column("，推动两市友好关系不断发展，让合作成果惠及两市市民。", 12);
  const std::string wetland = "\n城郊湿地公园候鸟数量创新高\n\n" +
                              para("城郊湿地公园今年观测到的候鸟数量创下新高，其中不少是首次记录的种类，吸引了大批市民。");
  for (const char* lead : {"本报讯 城郊村镇迎来春耕高峰。", "本报讯 春耕时节，城郊农机忙。", "本报讯 连日来，城郊农田一片繁忙。"})
    for (const char* second : {"农技人员表示，今年将继续扩大与周边城市的农机合作，推动两市农业交往不断发展，让合作成果惠及两市市民。",
                               "镇长表示，希望继续扩大农机合作社规模，推动友好合作不断发展，让合作成果惠及广大农民和市民。"}) {
      auto d = reflow_ok(mayor + "春耕时节农机忙\n\n" + para(lead) + para(second) + "\n" + rest + wetland);
      INFO(lead << " / " << second);
      REQUIRE(d.articles.size() == 3);
      REQUIRE(d.articles[1].headline == "春耕时节农机忙");
      CHECK(d.articles[1].blocks.size() == 2);
      CHECK(d.articles[1].blocks.back().text == second);
      CHECK(d.articles[0].blocks.back().text.ends_with("开展更多务实合作，推动两市友好关系不断发展，让合作成果惠及两市市民。"));
    }
  // So under a story a dateline opens whose head is printed after it: it has a head, elsewhere.
  for (const char* lead : {"本报讯 城郊村镇迎来春耕高峰。", "本报讯 春耕时节，城郊农机忙。", "本报讯 连日来，城郊农田一片繁忙。"})
    for (const char* second : {"农技人员表示，今年将继续扩大与周边城市的农机合作，推动两市农业交往不断发展，让合作成果惠及两市市民。",
                               "镇长表示，希望继续扩大农机合作社规模，推动友好合作不断发展，让合作成果惠及广大农民和市民。"}) {
      auto d = reflow_ok(mayor + para(lead) + para(second) + "\n春耕时节农机忙\n\n" + rest + wetland);
      INFO(lead << " / " << second);
      const auto farm = std::find_if(d.articles.begin(), d.articles.end(),
                                     [&](const article& a) { return !a.blocks.empty() && a.blocks.front().text == lead; });
      REQUIRE(farm != d.articles.end());
      REQUIRE(farm->blocks.size() >= 2);
      CHECK(farm->blocks[1].text == second);
      CHECK(d.articles[0].blocks.back().text.ends_with("开展更多务实合作，推动两市友好关系不断发展，让合作成果惠及两市市民。"));
    }
  // Counter-example: run on under the cut story's rest, a paragraph goes on with that story.
  const std::string farm = "春耕时节农机忙\n\n" +
                           para("本报讯 连日来，城郊多个村镇迎来春耕高峰，农机手驾驶播种机在田间来回作业，农民忙着育秧。") +
                           para("农技人员深入田间地头，指导农民科学施肥、合理密植，确保春播质量。") + "\n";
  auto d = reflow_ok(mayor + farm + in_column("，推动两市友好关系不断发展。", 12) +
                     para("会见后，两市代表团还就港口物流、职业教育和文化旅游合作签署了友好交流备忘录。") + wetland);
  REQUIRE(d.articles.size() == 3);
  CHECK(d.articles[0].blocks.back().text.starts_with("会见后"));
  CHECK(d.articles[1].blocks.size() == 2);
}

TEST_CASE("articles: a head that names nothing, printed right after a headless body and before the next story, is that body's", "[articles]") {
  const std::string meeting = "市长会见友好城市代表团\n\n" +
                              para("市长今天会见了来访的友好城市代表团，双方就港口物流、职业教育和文化旅游合作深入交换意见。") +
                              para("市长表示，两市友好交往已有二十年，希望双方继续扩大经贸往来，让合作成果惠及两市市民。") + "\n";
  // A roundup's items, their head printed at the end of the page.
  const std::string items = para("市图书馆新馆下月起试运行，读者可以预约参观，馆内设有少儿阅览区和自助借还设备。") +
                            para("地铁五号线南延段完成全部轨道铺设，预计年底开通运营，沿线将新增四座车站。") + "\n";
  const std::string wetland = "城郊湿地公园候鸟数量创新高\n\n" +
                              para("城郊湿地公园今年观测到的候鸟数量创下新高，其中不少是首次记录的种类，吸引了大批市民。") +
                              para("湿地公园的志愿者每天记录候鸟的种类和数量，并向游客讲解湿地保护的知识和观鸟的礼仪。") + "\n";
  // A feature whose head, which names none of its words, is printed after it.
  const std::string feature = para("盛夏的中午，高速公路收费站的副站长正在入口车道替班，一辆白色小车驶入，司机探出头递来一个水杯。") +
                              para("原来，车上的孩子饿了，司机请他帮忙倒一杯温水冲奶粉，副站长弓着腰提起暖瓶，仔细对准了刻度。") + "\n";
  const std::string farm = "春耕时节农机忙\n\n" +
                           para("连日来，城郊多个村镇迎来春耕高峰，农机手驾驶播种机在田间来回作业，农民忙着育秧。") +
                           para("农技人员深入田间地头，指导农民科学施肥、合理密植，确保春播质量。") + "\n";
  auto head_of = [](const document& d, const std::string& opening) {
    for (const article& a : d.articles)
      if (!a.blocks.empty() && a.blocks.front().text.starts_with(opening)) return a.headline;
    return std::string("(none)");
  };
  for (const std::string feature_head : {"化身暖心奶爸传递旅途温情", "平凡岗位上的一份善意", "小小举动温暖人心"})
    for (const std::string roundup_head : {"本地新闻速览", "国内新闻简讯", "本市快讯"}) {
      INFO(feature_head << " / " << roundup_head);
      // The feature's head between its text and the next story's head: the feature's, not
      // the first headless body's in page order.
      auto d = reflow_ok(meeting + items + wetland + feature + feature_head + "\n\n" + farm + roundup_head + "\n");
      CHECK(head_of(d, "盛夏的中午") == feature_head);
      CHECK(head_of(d, "市图书馆") == roundup_head);
      // Counter-example: clustered together at the end, heads that name nothing keep the order of their stories.
      auto c = reflow_ok(meeting + items + wetland + feature + farm + feature_head + "\n\n" + roundup_head + "\n");
      CHECK(head_of(c, "市图书馆") == feature_head);
      CHECK(head_of(c, "盛夏的中午") == roundup_head);
    }
}

TEST_CASE("articles: a headline line that leaves a bracket open goes on in the next", "[articles]") {
  auto d = reflow_ok(
      "《城市书房管理办法（\n2025年版）》公布施行\n\n"
      "□ 周明\n\n"
      "南湖区今天公布城市书房管理办法，明确开放时间、借阅规则和志愿服务要求。\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "《城市书房管理办法（2025年版）》公布施行");
  CHECK(d.articles[0].deck.empty());
}

TEST_CASE("articles: a narrower line over a headline wrapped in two is its kicker", "[articles]") {
  auto d = reflow_ok(
      "春耕一线见闻\n田间地头的智能农机忙着\n播种施肥抢抓农时\n\n"
      "□ 周明\n\n"
      "连日来，城郊多个村镇迎来春耕高峰，农机手们驾驶播种机在田间来回作业。\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "田间地头的智能农机忙着播种施肥抢抓农时");
  CHECK(d.articles[0].deck == std::vector<std::string>{"春耕一线见闻"});
  // A kicker wider than the headline's lines is one too.
  const std::string text = "\n\n□ 周明\n\n连日来，城郊多个村镇迎来春耕高峰，农机手们驾驶播种机在田间来回作业。\n";
  const std::string before =
      "南湖区图书馆新馆开放\n\n本报讯 南湖区图书馆新馆今天正式开放，新馆\n藏书达到六十万册，设有少儿阅览区和\n"
      "古籍修复室，市民排队入馆参观借阅。\n\n";
  auto wide = reflow_ok(before + "乡村振兴春耕见闻\n智能农机田间地\n头抢农时保丰收" + text);
  CHECK(wide.articles.at(1).headline == "智能农机田间地头抢农时保丰收");
  CHECK(wide.articles.at(1).deck == std::vector<std::string>{"乡村振兴春耕见闻"});
  // The same at the end of a page, where the local column estimate changes between the
  // kicker and the headline (16 cells, then 18): the lines' ink does not.
  auto at_end = reflow_ok(
      "城郊多个村镇迎来\n春耕高峰，农机手\n们驾驶播种机在田\n间来回作业，抢抓\n农时。各村还组织\n"
      "了农技培训，帮助\n农户用好新机具，\n确保春播进度快于\n往年同期平均水平。\n\n据新华社\n\n\n"
      "文化湖滨行\n共赏湖光山色\n共享美好生活\n\n\n全市汽车工业多项经济指标两位数增长\n\n"
      "央视网消息：全市汽车产业多项指标增长。\n");
  REQUIRE(at_end.articles.size() == 2);
  CHECK(at_end.articles[0].headline == "共赏湖光山色共享美好生活");
  CHECK(at_end.articles[0].deck == std::vector<std::string>{"文化湖滨行"});
  // Counter-example: a headline wrapped in three lines of one width stays whole.
  auto three = reflow_ok("城郊多个村镇\n迎来春耕高峰\n农机田间忙碌" + text);
  CHECK(three.articles.at(0).headline == "城郊多个村镇迎来春耕高峰农机田间忙碌");
}

TEST_CASE("articles: two title-case lines between stories are a head, not a paragraph", "[articles][latin]") {
  auto d = reflow_ok(
      "Harbour Ferry Resumes Crossings\n\n"
      "The harbour ferry said it has resumed\n"
      "its timetable across the bay after\n"
      "two weeks of repairs to the pier.\n\n"
      "Wheat Growers In Northern Plains\n"
      "Expect Larger Harvest\n\n"
      "Wheat growers in the northern plains\n"
      "expect a larger harvest this autumn\n"
      "after steady spring rain, they said.\n");
  CHECK(headlines_of(d) == std::vector<std::string>{"Harbour Ferry Resumes Crossings", "Wheat Growers In Northern Plains Expect Larger Harvest"});
}

TEST_CASE("articles: an unpunctuated two-line block set apart at the end of the page is a head", "[articles]") {
  auto d = reflow_ok(
      "跨江大桥主桥今天顺利合龙，大桥全\n长三千米，建设者连续施工三十个小\n时，克服了大风和降雨天气。\n\n"
      "据新华社\n\n"
      "跨江大桥今天顺利\n合龙建设者连续奋战\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "跨江大桥今天顺利合龙建设者连续奋战");
}

TEST_CASE("articles: heads clustered after a closed headless body each find their own story", "[articles]") {
  // The second story opens with its photo captions and runs on from the first with no head
  // between; the last story is closed by its credit; both heads come after it, the one that
  // names the last story second. Counter-example in the same page: the first story keeps its head.
  auto d = reflow_ok(
      "新年民生举措落地\n\n"
      "新年以来，一批民生新举措陆续落地实施，为市民出行办事带来看得见摸得着的方便。\n\n"
      "各地还将新增托育服务名额，民生举措将带给百姓更多可感可及的幸福。\n\n"
      "“小木棉花”在观看企鹅。\n\n"
      "“小木棉花”在玩冰滑梯。\n\n"
      "一群来自广西的小朋友正在长春尽情玩耍，乐享冰雪趣味，带队老师介绍了行程。\n\n"
      "本报讯 跨江大桥主桥今天顺利合龙，大桥全长三千米，建设者在江面上连续施工三十个小时。\n\n"
      "据新华社\n\n"
      "“小木棉花”来到冰天雪地\n\n"
      "跨江大桥顺利合龙\n");
  REQUIRE(d.articles.size() == 3);
  CHECK(d.articles[0].headline == "新年民生举措落地");
  CHECK(d.articles[0].blocks.size() == 2);
  // (In reading order: where each article's text starts.)
  CHECK(d.articles[2].headline == "跨江大桥顺利合龙");
  CHECK(d.articles[2].deck.empty());
  CHECK(d.articles[1].headline == "“小木棉花”来到冰天雪地");
  REQUIRE_FALSE(d.articles[1].blocks.empty());
  CHECK(d.articles[1].blocks.front().text == "“小木棉花”在观看企鹅。");
}

TEST_CASE("articles: a head left without a body takes the story where the article before it changes topic", "[articles][latin]") {
  // The grain story ran on from the ferry story with no head between; its head, printed
  // after it, names none of its words.
  const std::string ferry = ferry_story +
      "Ferry tickets bought for cancelled crossings will be honoured by the harbour\noperator until the end of the month.\n\n";
  auto d = reflow_ok(ferry +
      "Wheat growers in the northern plains expect a larger harvest this autumn\nafter steady rain in spring.\n\n"
      "Grain elevators are being cleaned and inspected ahead of the wheat harvest,\naccording to the growers' association.\n\n"
      "Economic Spotlight\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].blocks.size() == 2);
  CHECK(d.articles[1].headline == "Economic Spotlight");
  REQUIRE(d.articles[1].blocks.size() == 2);
  CHECK(d.articles[1].blocks[0].text.starts_with("Wheat growers"));

  // Counter-example: one story all through (its paragraphs share words): nothing is cut.
  auto one = reflow_ok(ferry +
      "The ferry operator said the harbour crossings would run every half hour while\nthe repaired engines are watched.\n\n"
      "Economic Spotlight\n");
  REQUIRE(one.articles.size() == 2);
  CHECK(one.articles[0].blocks.size() == 3);
  CHECK(one.articles[1].blocks.empty());

  // The same when the heads are clustered after both stories: the ferry head, set last,
  // took both; the results note, which names nothing of its head, goes to the other head.
  auto after = reflow_ok(
      "The harbour ferry has resumed its regular timetable across the bay after repairs\nto the vessel's engines.\n\n"
      "Ferry tickets bought for cancelled crossings will be honoured by the harbour\noperator until the end of the month.\n\n"
      "Note: Current year net excludes a charge of 430,649 dlrs from the cumulative\neffect of an accounting change.\n\n"
      "1986 results include a charge of 458,000 dlrs from severance obligations.\n\n"
      "Molecular Genetics Inc Fourth Quarter Loss\n\n"
      "Harbour Ferry Resumes Crossings\n");
  REQUIRE(after.articles.size() == 2);
  for (const article& a : after.articles) {
    INFO(a.headline);
    REQUIRE(a.blocks.size() == 2);
    CHECK(a.blocks[0].text.starts_with(a.headline.starts_with("Harbour") ? "The harbour ferry" : "Note:"));
  }
}

TEST_CASE("articles: a head printed away from its story takes the run it names, foreign to the article it ran into", "[articles][latin]") {
  // The results story ran on from the ferry story; its head, set at the end of the page
  // after another story, names it by one word of six.
  const std::string ferry = ferry_story +
      "Passengers crowded the landing stage on Monday morning as the first boat left on\ntime, and the operator said "
      "the vessel's engines had been tested for a week before\nthe harbour master allowed crossings to resume. "
      "Tickets bought for cancelled\ncrossings will be honoured until the end of the month, the operator added.\n\n";
  auto d = reflow_ok(ferry + results + wheat + "Geonex Sees Sales Slow By Contractor Delay\n");
  REQUIRE(d.articles.size() == 3);
  CHECK(d.articles[0].blocks.size() == 2);
  CHECK(d.articles[1].headline == "Geonex Sees Sales Slow By Contractor Delay");
  REQUIRE(d.articles[1].blocks.size() == 2);
  CHECK(d.articles[1].blocks[0].text.starts_with("Geonex Corp said"));
  // Counter-example: a head that names nothing of it leaves the run where it is.
  auto none = reflow_ok(ferry + results + wheat + "Economic Spotlight\n");
  CHECK(none.articles.at(0).blocks.size() == 4);
}

TEST_CASE("articles: a roundup's head is a story of its own, not a section heading of the story before", "[articles]") {
  // Its first item speaks of Iran, as the story before does: by cohesion alone the head
  // would read as that story's section heading.
  const std::string before =
      "伊朗公布总统遗体告别和葬礼安排\n\n"
      "　　央视网消息（新闻联播）：据伊朗伊斯兰共和国通讯社报道，伊朗政府公布了\n总统遗体告别和葬礼的安排，"
      "伊朗各地将举行悼念活动。\n\n";
  const std::string items =
      "　　据伊朗伊斯兰共和国通讯社报道，伊朗各地2日继续举行悼念活动，民众走\n上街头。\n"
      "　　德国总理2日表示，德国将向乌克兰提供包括防空导弹系统在内的军事装\n备。\n";
  auto d = reflow_ok(before + "国际联播快讯\n\n" + items);
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "国际联播快讯");
  CHECK(d.articles[1].blocks.size() == 2);
  CHECK(blocks_of(d, block_kind::heading).empty());
  // Counter-example: a short line naming the story it stands in is that story's heading.
  auto h = reflow_ok(before + "悼念活动\n\n" +
                     "　　伊朗各地的悼念活动持续三天，德黑兰的悼念活动规模最大，伊朗政府\n安排了告别仪式。\n");
  CHECK(blocks_of(h, block_kind::heading) == std::vector<std::string>{"悼念活动"});
}

TEST_CASE("articles: a dash-led line under a headline is its subtitle, wherever the head is printed", "[articles]") {
  const std::string head = "上半年我省机器人产业整体保持较快增长\n——四台机器人协同工作\n";
  const std::string story =
      "　　央视网消息（新闻联播）：在海上，最新一代的巡检机器人已经投入使用，四台\n机器人协同工作，"
      "完成平台的日常巡检。\n";
  // Over its story: the two lines are as wide as the text, and read as a paragraph at first.
  auto d = reflow_ok(head + "\n" + story);
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "上半年我省机器人产业整体保持较快增长");
  CHECK(d.articles[0].deck == std::vector<std::string>{"——四台机器人协同工作"});
  // Clustered after the stories: the subtitle, which names its story's text, stays with its head.
  const std::string other =
      "城郊蔬菜基地迎来采收高峰\n\n　　本报讯 连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜\n和萝卜。\n\n";
  auto c = reflow_ok(other + story + "\n\n" + head);
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[1].headline == "上半年我省机器人产业整体保持较快增长");
  CHECK(c.articles[1].deck == std::vector<std::string>{"——四台机器人协同工作"});
  CHECK(c.articles[1].blocks.size() == 1);
}

TEST_CASE("articles: an indented paragraph cut off before a dateline is text, not a head", "[articles]") {
  // The paragraph goes on elsewhere; unpunctuated at its end and short, it looked like a
  // head over the next story's dateline, but its indent says a paragraph starts there.
  auto d = reflow_ok(
      "周卫东会见尼泊尔总理\n\n"
      "　　本报讯全国人大常委会委员长\n今天在北京会见尼泊尔总理，双方\n就加强两国立法机构交流交换了意\n见。\n"
      "　　尼泊尔总理表示，尼中是好朋\n友、好邻居、好伙\n\n"
      "　　央视网消息（新闻联播）：第二\n批主题教育启动以来，各地坚持学\n用结合，注重解决实际问题。\n");
  CHECK(headlines_of(d).at(0) == "周卫东会见尼泊尔总理");
  for (const auto& h : headlines_of(d)) CHECK(h.find("好伙") == std::string::npos);
  CHECK(blocks_of(d).size() == 3);
}

TEST_CASE("articles: a line of two clauses under a head line without a comma is its deck", "[articles]") {
  const std::string story =
      "\n\n本报讯 早上8时40分，城郊的网约小公交准时到站，乘客用手机预约后就能上车，\n车辆到站了，"
      "司机下车帮老人把行李放好。\n";
  auto d = reflow_ok("网约小公交高效低耗又惠民（民生观察）\n车辆到站了，是一辆蓝色的纯电小轿车" + story);
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "网约小公交高效低耗又惠民（民生观察）");
  CHECK(d.articles[0].deck == std::vector<std::string>{"车辆到站了，是一辆蓝色的纯电小轿车"});
  // Counter-example: the comma of a headline wrapped in two ends its first line.
  auto w = reflow_ok("网约小公交到站了，\n乘客预约就能上车" + story);
  CHECK(w.articles.at(0).headline == "网约小公交到站了，乘客预约就能上车");
}

TEST_CASE("articles: of a two-line head, a first line that names nothing of the story is its kicker", "[articles]") {
  const std::string body =
      "\n\n本报讯 今年秋季，城郊多个蔬菜基地迎来采收高峰，白菜和萝卜的产量比去年明显增加，菜农们忙着采摘装车。\n";
  auto d = reflow_ok("金秋好风光\n蔬菜基地采收忙" + body);
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "蔬菜基地采收忙");
  CHECK(d.articles[0].deck == std::vector<std::string>{"金秋好风光"});

  // The dateline names the outlet, not the story.
  auto dated = reflow_ok("新闻现场\n跨江大桥主桥顺利合龙\n\n央视网消息（新闻联播）：跨江大桥主桥今天顺利合龙，建设者在江面上连续施工三十个小时。\n");
  REQUIRE(dated.articles.size() == 1);
  CHECK(dated.articles[0].headline == "跨江大桥主桥顺利合龙");
  CHECK(dated.articles[0].deck == std::vector<std::string>{"新闻现场"});

  // Counter-example: a headline wrapped in two names the story in both lines.
  auto w = reflow_ok("城郊蔬菜基地\n白菜萝卜采收忙" + body);
  REQUIRE(w.articles.size() == 1);
  CHECK(w.articles[0].headline == "城郊蔬菜基地白菜萝卜采收忙");
  CHECK(w.articles[0].deck.empty());
}

TEST_CASE("articles: a headline line ending in a closing quote goes on in the next", "[articles]") {
  const std::string body = "\n\n本报讯 今年以来，南湖区立足“老”“新”两类产业优势，加快技术改造，工业产值比去年明显增加。\n";
  auto d = reflow_ok("南湖区：守住“老”\n做强“新”促转型" + body);
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "南湖区：守住“老”做强“新”促转型");
  CHECK(d.articles[0].deck.empty());
  // Counter-example: after a sentence-final mark the quote ends the line's sentence.
  auto q = reflow_ok("“守住老产业。”\n南湖区产业转型观察" + body);
  CHECK(q.articles.at(0).headline.find("“守住老产业。”南湖区") == std::string::npos);
}

TEST_CASE("articles: a head line that leaves a quote open goes on in the next, however short", "[articles]") {
  // The second line is as short as a paragraph's last ("箍”") or ends like an aside
  // ("心墙”（纵横）"): the open quote says the head is not finished.
  const std::string story =
      "城郊多个菜场上个月完成了改造，摊位统一规划，\n"
      "通道拓宽一倍，市民买菜方便多了。\n\n\n";
  for (const std::string& head : {std::string("推倒小区间的“隔\n心墙”（纵横）"), std::string("为电动车市场戴上“紧\n箍”")}) {
    auto d = reflow_ok(story + head +
                       "\n\n\n前不久，一批过期的安全帽在市场上被查出，执法部门随即开展了\n"
                       "专项检查，督促商户下架问题产品。\n");
    REQUIRE(d.articles.size() == 2);
    std::string joined = head;
    joined.erase(joined.find('\n'), 1);
    CHECK(d.articles[1].headline == joined);
    CHECK(d.articles[1].deck.empty());
  }
}

TEST_CASE("articles: a head wrapped in two full lines without a mark of punctuation is a headline", "[articles]") {
  // Each line as wide as the text's column, so the line evidence reads a paragraph; no
  // paragraph of that length goes without a comma or a full stop.
  auto d = reflow_ok(
      "市政府对做好城郊蔬菜保供工作作出部署强调\n加快建设现代农业园区推动蔬菜产业高质量发展\n\n\n"
      "　　本报讯 全市蔬菜保供工作会议今天在市政府召开，\n会议总结了去年以来城郊蔬菜基地建设情况，部署\n"
      "今年的保供任务，要求各区加快建设现代农业园区。\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "市政府对做好城郊蔬菜保供工作作出部署强调加快建设现代农业园区推动蔬菜产业高质量发展");
}

TEST_CASE("roles: a paragraph's first line that reads like a credit ('据…电') is text when the next line goes on from it", "[roles]") {
  auto d = reflow_ok(
      "国际快讯\n\n"
      "　　俄罗斯国防部2日称，俄军继续在多个方\n向打击乌军人员和装备。\n"
      "　　据约旦国家电\n视台报道，约旦军队2日开始在该国东北部进\n行为期两天的军演，快速反应部队参加演习。\n");
  REQUIRE(d.articles.size() == 1);
  const auto paragraphs = blocks_of(d);
  REQUIRE(paragraphs.size() == 2);
  CHECK(paragraphs[1].starts_with("据约旦国家电视台报道，"));
  CHECK(blocks_of(d, block_kind::credit).empty());
  // Counter-example: the credit on its own line after a story stays a credit.
  auto c = reflow_ok("国际快讯\n\n　　俄罗斯国防部2日称，俄军继续在多个方\n向打击乌军人员和装备。\n据新华社\n");
  CHECK(blocks_of(c, block_kind::credit) == std::vector<std::string>{"据新华社"});
}

TEST_CASE("articles counter-example: two head lines of one length are one headline, whatever they name", "[articles]") {
  auto d = reflow_ok("锚定目标实\n干促发展忙\n\n本报讯 今年秋季，城郊多个企业加快发展，工业产值比去年明显增加，工人们忙着赶制订单。\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "锚定目标实干促发展忙");
  CHECK(d.articles[0].deck.empty());
}

TEST_CASE("articles: a head left at the end takes a headless story whole, not from a later paragraph that names it too", "[articles][latin]") {
  // The grain story runs on from the ferry story; its head, printed after it, first stands
  // over the bus story, then moves to the grain paragraph it names: the bus story is left
  // headless, and its head (at the end) must take all of it.
  auto d = reflow_ok(ferry_story +
      "Ferry tickets bought for cancelled crossings will be honoured by the harbour\noperator until the end of the month.\n\n"
      "Wheat growers in the northern plains expect a larger grain harvest this autumn\nafter steady rain.\n\n"
      "Grain Growers Expect Larger Harvest\n\n"
      "The city's program to install air bags in its bus fleet is behind schedule,\naccording to a council report.\n\n"
      "Only a third of the vehicles have the new equipment so far.\n\n"
      "Most of the air bag program money was spent on the first order of buses,\nthe report said.\n\n"
      "Air Bag Program For Buses Behind Schedule\n");
  REQUIRE(d.articles.size() == 3);
  CHECK(d.articles[1].headline == "Grain Growers Expect Larger Harvest");
  const auto& bus = d.articles[2];
  CHECK(bus.headline == "Air Bag Program For Buses Behind Schedule");
  REQUIRE(bus.blocks.size() == 3);
  CHECK(bus.blocks[0].text.starts_with("The city's program"));
}

TEST_CASE("articles: a cut for a head moves back to the paragraph that opens its story", "[articles][latin]") {
  // The second paragraph names the head most plainly ("acquisition"); the story opens with
  // the one before it ("agreed to acquire"), which names it less but still does.
  auto d = reflow_ok(ferry_story +
      "Ferry tickets bought for cancelled crossings will be honoured by the harbour\noperator until the end of the month.\n\n"
      "Osrex Corp said it has agreed to buy a small maker of valves for an undisclosed\nsum in cash and shares.\n\n"
      "Osrex said as part of the acquisition it would keep the valve maker's plant open.\n\n"
      "Osrex To Make Acquisition\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].blocks.size() == 2);
  CHECK(d.articles[1].headline == "Osrex To Make Acquisition");
  REQUIRE(d.articles[1].blocks.size() == 2);
  CHECK(d.articles[1].blocks[0].text.starts_with("Osrex Corp said"));
}

TEST_CASE("articles: a title-case head the line evidence read as text is a headline over a byline", "[articles][latin]") {
  // Two full lines of a narrow column at the top of the page: a paragraph to the line
  // evidence, longer than a Chinese head could be, but title case over a byline.
  auto d = reflow_ok(
      "Currencies Could Influence\nBullion Again-Dealers\n\n"
      "By Tom Becker\n\n"
      "    Currency swings may once\nagain move the price of gold\nand silver in the near term,\n"
      "a bullion dealer in London\nsaid in its monthly report.\n"
      "    But the dealer said that\nsilver could lag behind gold\nin any reaction to changes\n"
      "on the foreign exchanges.\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "Currencies Could Influence Bullion Again-Dealers");
  REQUIRE_FALSE(d.articles[0].blocks.empty());
  CHECK(d.articles[0].blocks[0].text == "By Tom Becker");
}

TEST_CASE("articles: a rubric printed after its story with its headline stays that headline's kicker", "[articles]") {
  auto d = reflow_ok(
      "本报讯 城郊多个村镇迎来春耕高峰，农机手们驾驶播种机在田间来回作业，农民忙着育秧。\n"
      "今年全市春播面积比去年增加，农机作业率明显提高。\n\n"
      "新时代新征程\n城郊村镇农机作业忙春播面积增加\n\n"
      "跨江大桥顺利合龙\n\n"
      "□ 周明\n\n"
      "跨江大桥主桥今天顺利合龙，大桥全长三千米，建设者在江面上连续施工三十个小时。\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].headline == "城郊村镇农机作业忙春播面积增加");
  CHECK(d.articles[0].deck == std::vector<std::string>{"新时代新征程"});
  CHECK(d.articles[1].headline == "跨江大桥顺利合龙");
}

TEST_CASE("articles: a roundup run on from a story is cut where the paragraphs stop sharing words with the story's head and lead", "[articles]") {
  // The roundup's items share next to nothing with each other, and its head names none of
  // them: only the story above tells where the roundup begins.
  auto d = reflow_ok(
      "跨江大桥顺利合龙\n\n"
      "本报讯 跨江大桥主桥今天顺利合龙，大桥全长三千米，建设者在江面上连续施工三十个小时。\n\n"
      "大桥建成后，两岸车程将由一小时缩短到十分钟，大桥预计年底通车。\n\n"
      "跨江大桥是我市首座斜拉桥，主塔高一百五十米，大桥设计使用寿命一百年，可抵御十二级台风。"
      "为保证合龙精度，建设者在夜间气温稳定时段进行测量，反复校核主梁线形和索力，确保误差控制在两毫米以内。\n\n"
      "合龙仪式结束后，建设者将转入桥面铺装和附属设施施工，交通部门同步规划两岸接线道路和公交线路。"
      "大桥主梁采用钢混组合结构，共安装斜拉索一百六十八根，施工期间没有发生安全事故。\n\n"
      "建设单位表示，大桥施工中应用了智能监测系统，实时采集桥梁应力、温度和风速数据，为今后同类桥梁建设积累了经验。\n\n"
      "据介绍，大桥通车后将与环城高速相连，成为连接两岸产业园区的主要通道，沿线还将建设观景平台，建成后免费开放，游客无需排队预约。\n\n"
      "今年全市图书馆新馆开放，藏书增加五万册，读者排队入馆。\n\n"
      "今年全市托育名额增加二千个，秋季启用。\n\n"
      "本地新闻速览\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].headline == "跨江大桥顺利合龙");
  CHECK(d.articles[0].blocks.size() == 6);
  CHECK(d.articles[1].headline == "本地新闻速览");
  CHECK(d.articles[1].blocks.size() == 2);
}

TEST_CASE("articles: a story cut out for its head ends where its article resumed after a repeated head", "[articles][latin]") {
  // The grain story runs on from the ferry story; the ferry story is then continued under
  // its repeated head; the grain head comes last.
  auto d = reflow_ok(ferry_story +
      "Grain elevators are being cleaned ahead of the wheat harvest, the growers'\nassociation said.\n\n"
      "Wheat growers expect a larger harvest this autumn after steady spring rain.\n\n"
      "Harbour Ferry Resumes Crossings\n\n"
      "Ferry tickets bought for cancelled crossings will be honoured by the harbour\noperator until the end of the month.\n\n"
      "Grain Growers Expect Larger Wheat Harvest\n");
  REQUIRE(d.articles.size() == 2);
  const auto& ferry = d.articles[0];
  CHECK(ferry.headline == "Harbour Ferry Resumes Crossings");
  REQUIRE(ferry.blocks.size() == 2);
  CHECK(ferry.blocks[1].text.starts_with("Ferry tickets"));
  const auto& grain = d.articles[1];
  CHECK(grain.headline == "Grain Growers Expect Larger Wheat Harvest");
  REQUIRE(grain.blocks.size() == 2);
  CHECK(grain.blocks[0].text.starts_with("Grain elevators"));
}

TEST_CASE("articles: a head over a body it names weakly moves to a paragraph it names far better", "[articles][latin]") {
  // The swaps story ran on from the ferry story; its head, printed after it, first stands
  // over the bond story, whose lead shares one of its words ("Treasury").
  auto d = reflow_ok(
      "Harbour Ferry Resumes Crossings\n\n"
      "The harbour ferry has resumed its regular timetable across the bay after repairs.\n\n"
      "Treasury official Mulvey said he prefers debt swaps to help indebted countries\nreduce their debt burden.\n\n"
      "Mulvey told lawmakers that debt swaps would bring flight capital back home.\n\n"
      "Treasury's Mulvey Backs Debt Swaps\n\n"
      "Torvik Corp is raising 200 mln dlrs through sinking fund debentures priced\nover Treasury bonds.\n\n"
      "The debentures are rated A-2 by Moody's.\n\n"
      "Torvik Sells Sinking Fund Debentures\n");
  REQUIRE(d.articles.size() == 3);
  CHECK(d.articles[0].blocks.size() == 1);
  CHECK(d.articles[1].headline == "Treasury's Mulvey Backs Debt Swaps");
  REQUIRE(d.articles[1].blocks.size() == 2);
  CHECK(d.articles[1].blocks[0].text.starts_with("Treasury official"));
  CHECK(d.articles[2].headline == "Torvik Sells Sinking Fund Debentures");
  CHECK(d.articles[2].blocks.size() == 2);
}

TEST_CASE("articles: a head over a body it names nothing of moves to the lead of a story without a head that it names", "[articles][latin]") {
  // (OCR's block order: the port head printed over the council story's text, the port
  // story after it under its byline alone, the council head earlier over no text.)
  auto d = reflow_ok(
      "Mayor Rejects Bridge Toll Plan\n\n"
      "Wheat Harvest Seen Smallest In Ten Years\n\n"
      "Growers in the valley said the wheat harvest would be the smallest in ten\nyears after a dry winter and a late frost in April.\n\n"
      "Prices at the regional exchange have climbed for six weeks in a row, and\nmillers warn that bread will cost more by the autumn.\n\n"
      "Port Cargo Volumes Rise Nine Pct\n\n"
      "The city council voted to delay a decision on the bridge repairs until\nengineers report on the state of the supports, the mayor's office said.\n\n"
      "Residents have complained of closures that add an hour to the daily journey\ninto town, and traders say the loss of visitors has cut their takings.\n\n"
      "(Reuters)\n\n"
      "By Anna Ruiz\n\n"
      "The port authority said on Monday that cargo volumes rose nine pct in the\nfirst quarter, helped by a recovery in container traffic from Asia.\n\n"
      "Officials expect the new cargo terminal to open next spring, two months later\nthan planned, after delays in dredging the approach channel.\n");
  bool port = false;
  for (const article& a : d.articles) {
    if (a.headline != "Port Cargo Volumes Rise Nine Pct") continue;
    port = true;
    REQUIRE(a.blocks.size() >= 2);
    CHECK(a.blocks[0].text == "By Anna Ruiz");
    CHECK(a.blocks[1].text.starts_with("The port authority"));
  }
  CHECK(port);
}

TEST_CASE("articles: a head over a line it names nothing of stays over the text a blank line parted from it that reads on from it", "[articles][latin]") {
  // (The standfirst under the head read as its text, the story after a blank line: the
  // head names the story, which is the same text's rest, repeating the standfirst.)
  auto d = reflow_ok(
      "The Daily Courier\n\nWednesday, March 28, 2026 Page A10 Markets\n\n"
      "Harbour Ferry Company <Hfc> Sets Fare\nCut\nNew tickets will be issued around June Five.\n\n"
      "Harbour Ferry Co said its board approved a cut of one fifth in its fares,\n"
      "subject to approval by the port authority at its April 23 meeting.\n\n"
      "The company said the cut would apply to passengers holding season passes\n"
      "on May Five and would take effect at the close of business on that\n"
      "date. New tickets will be issued around June Five.\n\n"
      "Coffee Exporters Hold Firm On Quotas -\nDelegates\n\n"
      "Coffee exporting countries are all holding firmly to their export quotas but the\n"
      "swings in cash prices are expected to last well into the next quarter,\n"
      "delegates at the talks in London told Reuters.\n"
      "They said the market is in a period of transition while the impact of the\n"
      "December agreement to cut exports and fix prices at an average 120 cents a\n"
      "pound is worked through.\n\n(Reuters)\n\nEditor: Jane Moss\n");
  for (const article& a : d.articles) CHECK_FALSE(a.headline.empty());
  REQUIRE(!d.articles.empty());
  CHECK(d.articles[0].headline == "Harbour Ferry Company <Hfc> Sets Fare Cut");
  CHECK(d.articles[0].blocks.size() == 3);
}

TEST_CASE("articles: a head over a body it names nothing of moves to a paragraph holding half its words", "[articles][latin]") {
  auto d = reflow_ok(ferry_story +
      "The delegation at the coffee talks in London said export prices must rise.\n\n"
      "Delegates want the old quotas restored before the season opens.\n\n"
      "Delegation Plans To Leave Coffee Talks Tuesday\n\n"
      "Nauru's consumer prices fell 0.4 pct in January from December.\n\n"
      "The fall compares with a rise of 0.2 pct a month earlier.\n\n"
      "Nauru Consumer Prices Fall\n");
  REQUIRE(d.articles.size() == 3);
  CHECK(d.articles[0].blocks.size() == 1);
  CHECK(d.articles[1].headline == "Delegation Plans To Leave Coffee Talks Tuesday");
  REQUIRE(d.articles[1].blocks.size() == 2);
  CHECK(d.articles[1].blocks[0].text.starts_with("The delegation"));
  CHECK(d.articles[2].headline == "Nauru Consumer Prices Fall");
  CHECK(d.articles[2].blocks.size() == 2);
}

TEST_CASE("articles: a headline printed after its story keeps the dash-led subtitle under it", "[articles]") {
  // The story closed by its credit, then its head and subtitle at the end of the page.
  auto d = reflow_ok(
      "跨江大桥顺利合龙\n\n本报讯 跨江大桥主桥今天顺利合龙，大桥全长三千米，建设者连续施工三十个小时。\n\n\n"
      "央视网消息：城郊湿地公园今年观测到的候鸟数量创下新高，其中不少是首次记录的种类。\n\n"
      "从去年冬天到今年春天，志愿者在湿地里记录候鸟的种类和数量，并向游客讲解保护知识。\n\n"
      "（作者单位：市湿地保护中心）\n\n"
      "城郊湿地公园候鸟数量创新高\n——从去年冬天到今年春天\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "城郊湿地公园候鸟数量创新高");
  CHECK(d.articles[1].deck == std::vector<std::string>{"——从去年冬天到今年春天"});
  CHECK(blocks_of(d, block_kind::paragraph).size() == 3);
}

TEST_CASE("articles: a first head line shorter than the one under it is no wrap: a kicker, unless it names the story as well", "[articles]") {
  const std::string body = "\n\n本报讯 今年春季，城郊湿地公园观测到的候鸟数量创下新高，志愿者每天记录候鸟的种类和数量。\n";
  // The second line names the story only weakly: the shape decides.
  auto d = reflow_ok("春风又绿江南岸\n湿地迎来远方客人" + body);
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "湿地迎来远方客人");
  CHECK(d.articles[0].deck == std::vector<std::string>{"春风又绿江南岸"});
  // A line two thirds as long as the one under it, whatever it names.
  auto named = reflow_ok("城郊湿地春季观测见闻\n志愿者记录候鸟种类和数量创新高" + body);
  REQUIRE(named.articles.size() == 1);
  CHECK(named.articles[0].headline == "志愿者记录候鸟种类和数量创新高");
  CHECK(named.articles[0].deck == std::vector<std::string>{"城郊湿地春季观测见闻"});
  // Counter-example: a short first line that names the story is the headline's start.
  auto w = reflow_ok("城郊湿地公园\n候鸟数量创下新高" + body);
  REQUIRE(w.articles.size() == 1);
  CHECK(w.articles[0].headline == "城郊湿地公园候鸟数量创下新高");
  CHECK(w.articles[0].deck.empty());
}

TEST_CASE("articles: a line over a headline wrapped in two is its kicker when the first is the shorter, or over a subtitle", "[articles]") {
  const std::string body = "\n\n□ 周明\n\n连日来，城郊多个村镇迎来春耕高峰，农机手们驾驶播种机在田间来回作业，农民忙着育秧。\n";
  // Eight characters over eleven, set in two lines of six and five.
  auto d = reflow_ok("新时代新征程新气象\n春耕时节农机\n田间地头忙" + body);
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "春耕时节农机田间地头忙");
  CHECK(d.articles[0].deck == std::vector<std::string>{"新时代新征程新气象"});
  // A short head over a subtitle of clauses stays the headline.
  auto c = reflow_ok("我的春耕合伙人\n芦苇荡除了造纸、观鸟，还能干啥" + body);
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].headline == "我的春耕合伙人");
  CHECK(c.articles[0].deck == std::vector<std::string>{"芦苇荡除了造纸、观鸟，还能干啥"});
  // A roundup's head over a dash-led subtitle stays the headline, however short.
  auto r = reflow_ok("国内联播快讯\n——城郊村镇迎来春耕高峰" + body);
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].headline == "国内联播快讯");
  CHECK(r.articles[0].deck == std::vector<std::string>{"——城郊村镇迎来春耕高峰"});
  // A slogan of two phrases set apart by a space over a line of one is a kicker, however long.
  auto slogan = reflow_ok("践行绿色发展理念 共建美丽湿地家园\n城郊春耕农机忙\n" + body);
  REQUIRE(slogan.articles.size() == 1);
  CHECK(slogan.articles[0].headline == "城郊春耕农机忙");
  CHECK(slogan.articles[0].deck == std::vector<std::string>{"践行绿色发展理念 共建美丽湿地家园"});
  // Counter-example: a two-part headline on its own line stays the headline, space and all.
  auto two = reflow_ok("城郊村镇迎来春耕高峰 农机手田间作业忙\n" + body);
  REQUIRE(two.articles.size() == 1);
  CHECK(two.articles[0].headline == "城郊村镇迎来春耕高峰 农机手田间作业忙");
  // Counter-example: a longer line of clauses under a headline is its subtitle.
  auto s = reflow_ok("城郊村镇春耕农机忙碌\n农机手们驾驶播种机，在田间来回作业" + body);
  REQUIRE(s.articles.size() == 1);
  CHECK(s.articles[0].headline == "城郊村镇春耕农机忙碌");
  CHECK(s.articles[0].deck == std::vector<std::string>{"农机手们驾驶播种机，在田间来回作业"});
}

// A story, then a head over a byline and a two-paragraph story: the page the kicker tests below set their heads in.
std::string page_with_head(const std::string& head_lines) {
  return "市长会见友好城市代表团\n\n" +
         para("市长今天会见了来访的友好城市代表团，双方就港口物流、职业教育和文化旅游合作深入交换意见。") +
         para("市长表示，两市友好交往已有二十年，希望双方继续扩大经贸往来，让合作成果惠及两市市民。") + "\n" + head_lines +
         "\n□ 周明\n\n" + para("连日来，城郊多个村镇迎来春耕高峰，农机手们驾驶播种机在田间来回作业，农民忙着育秧。") +
         para("农技人员深入田间地头，指导农民科学施肥、合理密植，确保春播质量。");
}

// The first half of a headline's characters and the rest, as a head wrapped in two lines prints them.
std::string wrapped(const std::u32string& h) {
  const std::size_t half = (h.size() + 1) / 2;
  return galley::detail::to_utf8(h.substr(0, half)) + "\n" + galley::detail::to_utf8(h.substr(half));
}

TEST_CASE("articles: a line over a headline and its dash-led subtitle is the kicker, the line the subtitle stands under the headline", "[articles]") {
  // 引题, 主题 wrapped in two, 副题: the headline is the one the dash-led subtitle is under,
  // whatever the widths of the line over it.
  for (const char* kicker : {"践行绿色发展理念", "新时代新征程新气象"})
    for (const char32_t* head : {U"稻菽飘香好帮手忙碌不停", U"小农机在田野上大有作为", U"机器轰鸣好帮手忙碌不停歇了", U"田间地头农机忙"})
      for (const char* sub : {"——城郊村镇迎来春耕高峰", "——记农机手们的一天", "——来自城郊村镇的报道"}) {
        auto d = reflow_ok(page_with_head(std::string(kicker) + "\n" + wrapped(head) + "\n" + sub + "\n"));
        INFO(kicker << " / " << galley::detail::to_utf8(head) << " / " << sub);
        REQUIRE(d.articles.size() == 2);
        CHECK(d.articles[1].headline == galley::detail::to_utf8(head));
        CHECK(d.articles[1].deck == std::vector<std::string>{kicker, sub});
      }
  // Counter-example: a headline, its deck of clauses and a dash-led line: the first is the
  // headline (the deck is no headline a kicker stands over).
  auto deck = reflow_ok(page_with_head("城郊春耕农机忙\n农机手们驾驶播种机，在田间来回作业\n——记农机手们的一天\n"));
  REQUIRE(deck.articles.size() == 2);
  CHECK(deck.articles[1].headline == "城郊春耕农机忙");
}

TEST_CASE("articles: a line no longer than the headline wrapped in two under it is its kicker", "[articles]") {
  // "推动城乡融合发展系列主题新闻发布" / "湖滨：奋力书写城" / "乡融合发展新篇章": the rubric as
  // long as the headline, which is set in larger type and wraps.
  for (const auto& [kicker, head] : std::vector<std::pair<std::u32string, std::u32string>>{
           {U"推动高质量发展系列主题采访", U"春耕时节城郊村镇农机田间忙"},
           {U"践行绿色发展理念建设美丽", U"稻菽飘香小农机大有作为了"},
           {U"新时代新征程新气象新作", U"小农机在田野上大有作为"},
           {U"在希望的田野上奋斗", U"稻菽飘香农机忙不停"},
           {U"推进城乡融合发展系列主题发布会", U"城郊：奋力谱写春耕生产新篇章了"}}) {
    auto d = reflow_ok(page_with_head(galley::detail::to_utf8(kicker) + "\n" + wrapped(head) + "\n"));
    INFO(galley::detail::to_utf8(kicker));
    REQUIRE(d.articles.size() == 2);
    CHECK(d.articles[1].headline == galley::detail::to_utf8(head));
    CHECK(d.articles[1].deck == std::vector<std::string>{galley::detail::to_utf8(kicker)});
  }
}

TEST_CASE("articles: a line over one opened by a topic and its colon is a kicker over that headline", "[articles]") {
  // "新型城镇化调研行" / "湖滨：从一“重”" / "一“轻”看转型": no wrap leaves a short name and its
  // colon at a line's head, so the line over it is set over the headline, however wide.
  using galley::detail::to_utf8;
  for (const std::u32string kicker : {U"乡村振兴调研行", U"新型城镇化调研行", U"推动城乡融合发展系列主题新闻发布"})
    for (const std::u32string topic : {U"城郊", U"湖滨区", U"广西兴安"})
      for (const std::u32string rest : {U"春耕时节农机手田间忙", U"小农机在田野上大有作为", U"奋力谱写春耕生产新篇章"}) {
        const std::u32string head = topic + U"：" + rest;
        // Wrapped at the kicker's width when longer than it; else on one line.
        const std::size_t cut = std::min(kicker.size(), head.size());
        std::string lines = to_utf8(kicker) + "\n" + to_utf8(head.substr(0, cut)) + "\n";
        if (cut < head.size()) lines += to_utf8(head.substr(cut)) + "\n";
        auto d = reflow_ok(page_with_head(lines));
        INFO(to_utf8(kicker) << " / " << to_utf8(head));
        REQUIRE(d.articles.size() == 2);
        CHECK(d.articles[1].headline == to_utf8(head));
        CHECK(d.articles[1].deck == std::vector<std::string>{to_utf8(kicker)});
      }
  // Read as text in a narrow column, the head's lines as wide as the text's: the same.
  for (const std::u32string kicker : {U"新时代新征程", U"调研行走基层"})
    for (const std::u32string head : {U"湖滨：湿地迎来远方客人", U"城郊湿地：候鸟数量创新高", U"湖滨：候鸟来了"}) {
      const std::string lines = in_column(to_utf8(kicker + head), 6);
      auto d = reflow_ok(
          "城郊多个村镇\n迎来春耕高峰\n，农机手驾驶\n播种机在田间\n来回作业。\n\n\n" + lines + "\n\n" +
          "　　央视网消\n息（新闻联播\n）：湖滨湿地\n公园候鸟数量\n创下新高，志\n愿者每天记录\n候鸟的种类。\n");
      INFO(lines);
      REQUIRE(d.articles.size() == 2);
      CHECK(d.articles[1].headline == to_utf8(head));
      CHECK(d.articles[1].deck == std::vector<std::string>{to_utf8(kicker)});
    }
  // Counter-example: a headline opened by its topic wraps as any other; its second line is no
  // new head ("城郊：春耕时节农" / "机手田间忙").
  for (const std::u32string head : {U"城郊：春耕时节农机手田间忙", U"广西兴安：小农机在田野上大有作为"}) {
    auto d = reflow_ok(page_with_head(wrapped(head) + "\n"));
    REQUIRE(d.articles.size() == 2);
    CHECK(d.articles[1].headline == to_utf8(head));
    CHECK(d.articles[1].deck.empty());
  }
}

TEST_CASE("articles: a head read as text in a narrow column, its first line apart from the two wrapped under it, has a kicker", "[articles]") {
  // Columns of six characters: the head's lines are as wide as the text's (read as text).
  auto d = reflow_ok(
      "城郊多个村镇\n迎来春耕高峰\n，农机手驾驶\n播种机在田间\n来回作业。\n\n\n"
      "新时代新征程新\n湿地迎来远\n方客人了\n\n\n"
      "　　央视网消\n息（新闻联播\n）：城郊湿地\n公园候鸟数量\n创下新高，志\n愿者每天记录\n候鸟的种类。\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "湿地迎来远方客人了");
  CHECK(d.articles[1].deck == std::vector<std::string>{"新时代新征程新"});
}

TEST_CASE("roles: a line led by a dash and wider than its column is a subtitle, and the lines over it its headline", "[roles][articles]") {
  // Columns of eight characters; the headline wrapped at the column, its subtitle wider.
  auto d = reflow_ok(
      "城郊多个村镇迎来\n春耕高峰，农机手\n驾驶播种机在田间\n来回作业，农民们\n忙着育秧。\n\n据新华社\n\n\n"
      "城郊湿地公园候鸟\n数量创下历史新高\n——志愿者记录候鸟种类和数量\n\n\n"
      "　　本报讯 城郊\n湿地公园今年观测\n到的候鸟数量创下\n新高，志愿者每天\n记录候鸟的种类。\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "城郊湿地公园候鸟数量创下历史新高");
  CHECK(d.articles[1].deck == std::vector<std::string>{"——志愿者记录候鸟种类和数量"});
  // Counter-example: a line of the column's width that begins with a dash is text.
  auto text = reflow_ok(
      "　　城郊湿地公园今年观测到的候\n鸟数量创下新高，志愿者说，这\n——正是保护工作的意义所在，也\n是大家共同努力的结果。\n");
  REQUIRE(text.articles.size() == 1);
  REQUIRE(text.articles[0].blocks.size() == 1);
  CHECK(text.articles[0].headline.empty());
}

TEST_CASE("articles: two head lines and a dash-led subtitle as wide as the text, set apart by blank lines, are a headline and its deck", "[articles]") {
  // Columns of eight characters; the head and its subtitle fill them as text does.
  const std::string first = in_column("城郊多个村镇迎来春耕高峰，农机手驾驶播种机在田间来回作业，农民们忙着育秧。", 8);
  const std::string second = in_column("　　城郊湿地公园今年观测到的候鸟数量创下新高，志愿者每天记录候鸟的种类和数量。", 8);
  auto d = reflow_ok(first + "\n据新华社\n\n\n城郊湿地公园候鸟\n数量创下历史新高\n——志愿者记录种类\n\n\n" + second);
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "城郊湿地公园候鸟数量创下历史新高");
  CHECK(d.articles[1].deck == std::vector<std::string>{"——志愿者记录种类"});
  REQUIRE(d.articles[1].blocks.size() == 1);
  CHECK(d.articles[1].blocks[0].text.starts_with("城郊湿地公园今年"));
  // Counter-example: run on from the text over it (no blank line between), the lines are text.
  auto text = reflow_ok(in_column("城郊湿地公园今年观测到的候鸟数量创下新高，志愿者说", 8) +
                        "城郊湿地公园候鸟\n数量创下历史新高\n——志愿者记录种类\n\n\n" + second);
  CHECK(text.articles[0].headline.empty());
}

TEST_CASE("articles: on a page that runs paragraphs on without blank lines, a blank line is where a head printed after its items cuts them", "[articles]") {
  const std::string page =
      "城郊湿地公园候鸟数量创新高\n\n" +
      para("城郊湿地公园今年观测到的候鸟数量创下新高，其中不少是首次记录的种类，吸引了大批市民。") +
      para("湿地公园的志愿者每天记录候鸟的种类和数量，并向游客讲解湿地保护的知识和观鸟的礼仪。") + "\n" +
      // A roundup's items, the first of them about the park too, printed before their head.
      para("城郊湿地公园管理处今天宣布，公园将延长开放时间，方便市民在傍晚观赏候鸟归巢。") +
      para("市图书馆新馆下月起试运行，读者可以预约参观，馆内设有少儿阅览区和自助借还设备。") +
      para("地铁五号线南延段完成全部轨道铺设，预计年底开通运营，沿线将新增四座车站。") +
      "\n本地新闻速览\n\n春耕时节农机忙\n\n" +
      para("连日来，城郊多个村镇迎来春耕高峰，农机手驾驶播种机在田间来回作业，农民忙着育秧。");
  auto d = reflow_ok(page);
  REQUIRE(d.articles.size() == 3);
  CHECK(d.articles[0].blocks.size() == 2);
  CHECK(d.articles[1].headline == "本地新闻速览");
  REQUIRE(d.articles[1].blocks.size() == 3);
  CHECK(d.articles[1].blocks[0].text.starts_with("城郊湿地公园管理处"));
  CHECK(d.articles[2].headline == "春耕时节农机忙");
}

TEST_CASE("articles: on a page that runs paragraphs on, a blank line ends a story, unless the text after it goes on with it", "[articles]") {
  const std::string story = para("城郊湿地公园今年观测到的候鸟数量创下新高，其中不少是首次记录的种类，吸引了大批市民。") +
                            para("湿地公园的志愿者每天记录候鸟的种类和数量，并向游客讲解湿地保护的知识和观鸟的礼仪。") +
                            para("志愿者说，保护湿地就是保护候鸟的家园，希望更多市民加入。");
  const std::string items = para("市图书馆新馆下月起试运行，读者可以预约参观，馆内设有少儿阅览区和自助借还设备。") +
                            para("地铁五号线南延段完成全部轨道铺设，预计年底开通运营，沿线将新增四座车站。") +
                            para("全市首个无人机配送站在高新区投入使用，市民网购的小件包裹半小时送达。");
  // A roundup's items after a blank line; its head, which names nothing, clustered at the end.
  auto d = reflow_ok("城郊湿地公园候鸟数量创新高\n\n" + story + "\n" + items + "\n春耕时节农机忙\n\n" +
                     para("连日来，城郊多个村镇迎来春耕高峰，农机手驾驶播种机在田间来回作业，农民忙着育秧。") +
                     "\n\n本地新闻速览\n");
  REQUIRE(d.articles.size() == 3);
  CHECK(d.articles[0].blocks.size() == 3);
  CHECK(d.articles[1].headline == "本地新闻速览");
  REQUIRE(d.articles[1].blocks.size() == 3);
  CHECK(d.articles[1].blocks[0].text.starts_with("市图书馆"));
  // A column break among the items, the head printed after them: all are the head's.
  const std::string parted = para("市图书馆新馆下月起试运行，读者可以预约参观，馆内设有少儿阅览区和自助借还设备。") + "\n" +
                             para("地铁五号线南延段完成全部轨道铺设，预计年底开通运营，沿线将新增四座车站。") +
                             para("全市首个无人机配送站在高新区投入使用，市民网购的小件包裹半小时送达。");
  auto after = reflow_ok("城郊湿地公园候鸟数量创新高\n\n" + story + "\n" + parted + "\n本地新闻速览\n\n春耕时节农机忙\n\n" +
                         para("连日来，城郊多个村镇迎来春耕高峰，农机手驾驶播种机在田间来回作业，农民忙着育秧。"));
  REQUIRE(after.articles.size() == 3);
  CHECK(after.articles[1].headline == "本地新闻速览");
  CHECK(after.articles[1].blocks.size() == 3);
  // Counter-example: a blank line where a column ended, the text under it about the same
  // story, claimed by no head: the story goes on.
  auto same = reflow_ok("城郊湿地公园候鸟数量创新高\n\n" + story + "\n" +
                        para("湿地公园管理处表示，今年观测到的候鸟种类和数量创下新高，志愿者记录的数据将用于湿地保护。") +
                        "\n春耕时节农机忙\n\n" +
                        para("连日来，城郊多个村镇迎来春耕高峰，农机手驾驶播种机在田间来回作业，农民忙着育秧。"));
  REQUIRE(same.articles.size() == 2);
  CHECK(same.articles[0].blocks.size() == 4);
}

TEST_CASE("articles: a line or two of text after a column break that no head claims ends the story above it", "[articles]") {
  const std::string story = "市长会见友好城市代表团\n\n" +
                            para("市长今天会见了来访的友好城市代表团，双方就港口物流、职业教育和文化旅游合作深入交换意见。") +
                            para("市长表示，两市友好交往已有二十年，希望双方继续扩大经贸往来，让合作成果惠及两市市民。") +
                            para("代表团团长说，愿同我市在港口物流和职业教育领域开展更多务实合作，推动友好关系不断发展。") + "\n";
  const std::string farm = "\n春耕时节农机忙\n\n" +
                           para("连日来，城郊多个村镇迎来春耕高峰，农机手驾驶播种机在田间来回作业，农民忙着育秧。") +
                           para("农技人员深入田间地头，指导农民科学施肥、合理密植，确保春播质量。");
  // The closing line of who attended, alone after the column break: it shares no word with
  // the story's paragraphs, and is far too short to be a story of its own.
  for (const char* name : {"王明", "李华、赵一鸣", "周宁", "陈立"})
    for (const char* title : {"", "副市长", "市政府秘书长"})
      for (const char* what : {"参加会见。", "等参加上述活动。", "陪同会见。", "出席欢迎仪式。"}) {
        const std::string closing = std::string(title) + name + what;
        auto d = reflow_ok(story + para(closing.c_str()) + farm);
        INFO(closing);
        REQUIRE(d.articles.size() == 2);
        REQUIRE(d.articles[0].blocks.size() == 4);
        CHECK(d.articles[0].blocks[3].text == closing);
      }
  // Counter-example: a paragraph of another story, as long as one, stays apart (its head
  // may be printed elsewhere).
  for (const char* other : {"地铁五号线南延段完成全部轨道铺设，预计年底开通运营，沿线将新增四座车站，沿线居民期盼已久的出行难题将得到缓解，早晚高峰的拥堵也将明显减轻。",
                            "全市首个无人机配送站在高新区投入使用，网购的小件包裹半小时送达，配送范围覆盖周边十个小区，每天可完成三百多单配送，今后还将在其他城区陆续建设同类站点。"}) {
    auto d = reflow_ok(story + para(other) + farm);
    REQUIRE(d.articles.size() == 3);
    CHECK(d.articles[0].blocks.size() == 3);
    CHECK(d.articles[1].headline.empty());
  }
}

TEST_CASE("articles: a roundup's items parted by a column break go back under its head when they share a little", "[articles]") {
  const std::string story = "市长会见友好城市代表团\n\n" +
                            para("市长今天会见了来访的友好城市代表团，双方就港口物流、职业教育和文化旅游合作深入交换意见。") +
                            para("市长表示，两市友好交往已有二十年，希望双方继续扩大经贸往来，让合作成果惠及两市市民。") +
                            para("代表团团长说，愿同我市在港口物流和职业教育领域开展更多务实合作，推动友好关系不断发展。");
  const std::string farm = "\n春耕时节农机忙\n\n" +
                           para("连日来，城郊多个村镇迎来春耕高峰，农机手驾驶播种机在田间来回作业，农民忙着育秧。") +
                           para("农技人员深入田间地头，指导农民科学施肥、合理密植，确保春播质量。");
  // A city's news: unrelated items, which share only the city's words ("市民", "全市").
  const std::string first = "市体育中心游泳馆完成改造后重新开放，新增恒温泳池和儿童戏水区，市民可以在网上预约场次。";
  std::vector<std::string> items = {
      "市图书馆新馆下月起试运行，读者可以预约参观，馆内设有少儿阅览区和自助借还设备，市民可以办理读者证。",
      "地铁五号线南延段完成全部轨道铺设，预计年底开通运营，沿线将新增四座车站，市民出行将更加便捷。",
      "全市首个无人机配送站在高新区投入使用，市民网购的小件包裹半小时送达，配送范围覆盖十个小区。",
      "市气象台预计，本周后期全市将迎来一次明显降温过程，最低气温降至零下五摄氏度，提醒市民添衣保暖。"};
  std::sort(items.begin(), items.end());
  do {
    // The column ended after the first item; three of the others under the break.
    const std::string page = story + "\n本地新闻速览\n\n" + para(first.c_str()) + "\n" + para(items[0].c_str()) +
                             para(items[1].c_str()) + para(items[2].c_str()) + farm;
    auto d = reflow_ok(page);
    INFO(items[0] << " / " << items[1] << " / " << items[2]);
    REQUIRE(d.articles.size() == 3);
    CHECK(d.articles[1].headline == "本地新闻速览");
    CHECK(d.articles[1].blocks.size() == 4);
  } while (std::next_permutation(items.begin(), items.end()));
}

TEST_CASE("articles: text under a column break that no head printed after it could claim goes on with the story above", "[articles]") {
  // A roundup's unrelated items, or a story's last paragraph on another matter: they share
  // no word with the text above the blank line the extractor printed where a column ended.
  const std::vector<std::string> items = {
      "体育中心游泳馆完成改造后重新开放，新增恒温泳池和儿童戏水区，可以在网上预约场次。",
      "图书馆新馆下月起试运行，读者可以预约参观，馆内设有少儿阅览区和自助借还设备。",
      "地铁五号线南延段完成全部轨道铺设，预计年底开通运营，沿线将新增四座车站。",
      "首个无人机配送站在高新区投入使用，网购的小件包裹半小时送达，覆盖十个小区。",
      "气象台预计，本周后期将迎来一次明显降温过程，最低气温降至零下五摄氏度。"};
  const std::string farm = "\n春耕时节农机忙\n\n" +
                           para("连日来，城郊多个村镇迎来春耕高峰，农机手驾驶播种机在田间来回作业，农民忙着育秧。") +
                           para("农技人员深入田间地头，指导农民科学施肥、合理密植，确保春播质量。");
  for (const std::size_t width : {10u, 12u, 16u})
    for (std::size_t n = 2; n <= items.size(); ++n)
      for (std::size_t cut = 1; cut < n; ++cut) {
        // n items from a rotating start, the column ended after the cut-th.
        std::string text;
        for (std::size_t k = 0; k < n; ++k) {
          if (k == cut) text += "\n";
          text += para(items[(k + n) % items.size()].c_str(), width);
        }
        INFO("width " << width << ", " << n << " items, break after " << cut);
        // The page's one head, over the text: the story goes on under the break.
        auto d = reflow_ok("本地新闻速览\n\n" + text);
        REQUIRE(d.articles.size() == 1);
        CHECK(d.articles[0].headline == "本地新闻速览");
        CHECK(d.articles[0].blocks.size() == n);
        // ... and so on a page of stories, when every head stands before its own text.
        auto first = reflow_ok(farm.substr(1) + "\n本地新闻速览\n\n" + text);
        REQUIRE(first.articles.size() == 2);
        CHECK(first.articles[1].blocks.size() == n);
      }
  // Counter-example: with a head printed after it, a paragraph as long as a story's under
  // the break (longer than a story's closing line or two) may be a story set head last, or
  // whose head is elsewhere: it stays apart.
  for (const std::size_t width : {10u, 12u, 16u})
    for (std::size_t cut = 1; cut < items.size(); ++cut)
      for (const char* other : {"江边步道改造工程近日完工，沿途种植了樱花和银杏，设置了休息座椅和健身器材，成为周末散步骑行的好去处，附近居民纷纷前来打卡拍照。",
                                "海关数据显示，今年前两个月口岸进出口货物总值同比增长一成以上，其中机电产品和农产品出口增势明显，外贸企业订单充足，港口码头一派繁忙景象。"}) {
        std::string text;
        for (std::size_t k = 0; k < cut; ++k) text += para(items[k].c_str(), width);
        INFO("width " << width << ", break after " << cut << ": " << other);
        auto alone = reflow_ok("本地新闻速览\n\n" + text + "\n" + para(other, width));
        REQUIRE(alone.articles.size() == 1);
        auto later = reflow_ok("本地新闻速览\n\n" + text + "\n" + para(other, width) + farm);
        REQUIRE(later.articles.size() == 3);
        CHECK(later.articles[0].blocks.size() == cut);
        CHECK(later.articles[1].headline.empty());
      }
}

TEST_CASE("articles: a paragraph goes on across a blank line where a column ended, when the line under it is full and unindented", "[articles]") {
  const std::string head = "城郊湿地公园候鸟数量创新高\n\n";
  const std::string last = para("湿地公园的志愿者每天记录候鸟的种类和数量，并向游客讲解湿地保护的知识和观鸟的礼仪。");
  // The column ended in the middle of a sentence: "…其中不少是首次" / "记录的种类…".
  auto mid = reflow_ok(head + in_column("　　城郊湿地公园今年观测到的候鸟数量创下新高，据管理处说，其中不少是首次", 12) + "\n" +
                       in_column("记录的种类，吸引了大批市民前来观赏拍照。", 12) + last);
  REQUIRE(mid.articles.size() == 1);
  REQUIRE(mid.articles[0].blocks.size() == 2);
  CHECK(mid.articles[0].blocks[0].text.ends_with("其中不少是首次记录的种类，吸引了大批市民前来观赏拍照。"));
  CHECK(mid.articles[0].blocks[0].text.starts_with("城郊湿地公园今年"));
  // ... into the one short line that ends the paragraph.
  auto one = reflow_ok(head + in_column("　　城郊湿地公园今年观测到的候鸟数量创下新高，据管理处说，其中不少是首次", 12) + "\n" +
                       "记录的种类。\n" + last);
  REQUIRE(one.articles.size() == 1);
  REQUIRE(one.articles[0].blocks.size() == 2);
  CHECK(one.articles[0].blocks[0].text.ends_with("其中不少是首次记录的种类。"));
  // ... or at the end of a sentence, on a full line: the next line starts no paragraph.
  auto end = reflow_ok(head + in_column("　　城郊湿地公园今年观测到的候鸟数量创下新高了。", 12) + "\n" +
                       in_column("其中不少是首次记录的种类，吸引了大批市民前来观赏拍照。", 12) + last);
  REQUIRE(end.articles.size() == 1);
  REQUIRE(end.articles[0].blocks.size() == 2);
  CHECK(end.articles[0].blocks[0].text.ends_with("创下新高了。其中不少是首次记录的种类，吸引了大批市民前来观赏拍照。"));
  // Counter-example: a justified line is full whatever its measure: a caption printed
  // before its story's text, which shares nothing with the paragraph, is no continuation.
  auto caption = reflow_ok(head + in_column("　　城郊湿地公园今年观测到的候鸟数量创下新高了。", 12) + "\n" +
                           "“ 小 砂 糖 橘 ” 在 观 看\n企鹅。\n" + last);
  CHECK_FALSE(caption.articles[0].blocks[0].text.ends_with("在观看企鹅。"));
  // Counter-example: an indented line under the blank line starts a paragraph.
  auto starts = reflow_ok(head + in_column("　　城郊湿地公园今年观测到的候鸟数量创下新高了。", 12) + "\n" +
                          in_column("　　其中不少是首次记录的种类，吸引了大批市民前来观赏拍照。", 12) + last);
  REQUIRE(starts.articles.size() == 1);
  CHECK(starts.articles[0].blocks.size() == 3);
}

TEST_CASE("articles: a story a dateline opens, parted by a column break from its head printed after it, goes on to that head only when it reads on", "[articles]") {
  const std::string first = "城郊湿地公园候鸟数量创新高\n\n" +
                            para("城郊湿地公园今年观测到的候鸟数量创下新高，其中不少是首次记录的种类，吸引了大批市民。") +
                            para("湿地公园的志愿者每天记录候鸟的种类和数量，并向游客讲解湿地保护的知识和观鸟的礼仪。") +
                            para("志愿者说，保护湿地就是保护候鸟的家园，希望更多市民加入。") + "\n";
  const std::string lead = para("本报讯 市图书馆新馆下月起试运行，读者可以预约参观，馆内设有少儿阅览区和自助借还设备。") +
                           para("图书馆新馆的少儿阅览区藏书五万册，自助借还设备支持读者证和手机扫码。");
  // The new library's story goes on after the column break; its head is printed after it.
  auto same = reflow_ok(first + lead + "\n" + para("图书馆新馆试运行期间，读者预约参观后可以办理读者证，借阅图书。") +
                        "\n市图书馆新馆下月试运行\n");
  REQUIRE(same.articles.size() == 2);
  CHECK(same.articles[1].headline == "市图书馆新馆下月试运行");
  CHECK(same.articles[1].blocks.size() == 3);
  // So after a story its credit ended (no blank line parted the lead from it).
  auto credited = reflow_ok(first + "据新华社\n\n" + lead + "\n" + para("图书馆新馆试运行期间，读者预约参观后可以办理读者证，借阅图书。") +
                            "\n市图书馆新馆下月试运行\n");
  REQUIRE(credited.articles.size() == 2);
  CHECK(credited.articles[1].headline == "市图书馆新馆下月试运行");
  CHECK(credited.articles[1].blocks.size() == 3);
  // Counter-example: another story after the break, which the head printed after it names.
  auto other = reflow_ok(first + lead + "\n" + para("地铁五号线南延段完成全部轨道铺设，预计年底开通运营，沿线将新增四座车站。") +
                         "\n地铁南延段年底开通\n");
  REQUIRE(other.articles.size() == 3);
  CHECK(other.articles[1].headline.empty());
  CHECK(other.articles[1].blocks.size() == 2);
  CHECK(other.articles[2].headline == "地铁南延段年底开通");
}

TEST_CASE("units: a credit wrapped in two lines is a credit", "[units][articles]") {
  auto d = reflow_ok("湿地公园候鸟创新高\n\n" + in_column("　　城郊湿地公园今年观测到的候鸟数量创下新高，吸引了大批市民前来观赏。", 14) +
                     "（摘编自《南湖晚报》，原题\n为《湿地迎来远方客人》）\n");
  REQUIRE(d.articles.size() == 1);
  REQUIRE(d.articles[0].blocks.size() == 2);
  CHECK(d.articles[0].blocks[1].kind == block_kind::credit);
  CHECK(d.articles[0].blocks[1].text == "（摘编自《南湖晚报》，原题为《湿地迎来远方客人》）");
  // Counter-example: a paragraph that quotes its source is text.
  auto text = reflow_ok("湿地公园候鸟创新高\n\n" + in_column("　　城郊湿地公园今年观测到的候鸟数量创下新高，吸引了大批市民前来观赏。", 14) +
                        in_column("　　摘编自《南湖晚报》的这篇报道说，湿地公园今年迎来了许多远方客人。", 14));
  CHECK(blocks_of(text, block_kind::credit).empty());
}

TEST_CASE("articles: a paragraph's first line left alone over a column break goes on into text that opens in lower case", "[articles][latin]") {
  const std::string page =
      "Crew Providers Extend Merger Pact\n\n"
      "Gentle Helping Hands Health Care Services Inc said it\nagreed to extend its merger pact with Crew Providers\n"
      "Inc until May 31.\n\n"
      "As reported on March 12, the Crew Providers\n\n"
      "stockholders session to vote on the merger will be\nreconvened on April 29, the company said.\n\n"
      "Gentle Helping Hands said it expects the merger to be\ncompleted shortly after the session.\n";
  auto d = reflow_ok(page);
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "Crew Providers Extend Merger Pact");
  REQUIRE(d.articles[0].blocks.size() == 3);
  CHECK(d.articles[0].blocks[1].text.starts_with("As reported on March 12, the Crew Providers stockholders session"));
  // ... or into any text, when the line ends in an article, preposition or conjunction.
  auto about = reflow_ok("American Nursery Buys Florida Nursery\n\nAmerican Nursery Products Inc said\nit purchased Heinl's Nursery Inc.\n\n"
                         "Heinl's Nursery has sales of about\n\n4.5 mln dlrs and owns 100 acres, of\nwhich 75 are in shade houses.\n");
  REQUIRE(about.articles.size() == 1);
  REQUIRE(about.articles[0].blocks.size() == 2);
  CHECK(about.articles[0].blocks[1].text == "Heinl's Nursery has sales of about 4.5 mln dlrs and owns 100 acres, of which 75 are in shade houses.");
  // Counter-example: a title-case head over text that opens in lower case stays a head.
  auto head = reflow_ok("Apple Unveils New Phone\n\niPhone sales rose sharply in the quarter, the company\nsaid on Tuesday in a statement.\n");
  REQUIRE(head.articles.size() == 1);
  CHECK(head.articles[0].headline == "Apple Unveils New Phone");
}

TEST_CASE("articles: a Chinese paragraph's first line left alone over a column break goes on when it leaves a bracket open or cuts a number", "[articles]") {
  const std::string first = "城郊湿地公园候鸟数量创新高\n\n" +
                            para("城郊湿地公园今年观测到的候鸟数量创下新高，其中不少是首次记录的种类，吸引了大批市民。") + "\n";
  // "央视网消息（新闻联" / blank / "播）：…": the dateline's bracket is still open.
  auto bracket = reflow_ok(first + "市图书馆新馆试运行\n\n央视网消息（新闻联\n\n" +
                           in_column("播）：市图书馆新馆下月起试运行，读者可以预约参观。", 12));
  REQUIRE(bracket.articles.size() == 2);
  CHECK(bracket.articles[1].headline == "市图书馆新馆试运行");
  REQUIRE(bracket.articles[1].blocks.size() == 1);
  CHECK(bracket.articles[1].blocks[0].text.starts_with("央视网消息（新闻联播）：市图书馆"));
  // "早上8时4" / blank / "0分，…": a number cut in two.
  auto number = reflow_ok(first + "市图书馆新馆试运行\n\n早上8时4\n\n" +
                          in_column("0分，市图书馆新馆迎来首批预约参观的读者，馆内秩序井然。", 12));
  REQUIRE(number.articles.size() == 2);
  REQUIRE(number.articles[1].blocks.size() == 1);
  CHECK(number.articles[1].blocks[0].text.starts_with("早上8时40分，市图书馆"));
}

TEST_CASE("units: two pieces of text join with a space between Latin words only, and a number cut inside Chinese text is one", "[units]") {
  using galley::detail::join_text;
  std::u32string zh = U"早上8时4";
  join_text(zh, U"0分，读者到馆");
  CHECK(zh == U"早上8时40分，读者到馆");
  std::u32string en = U"sales rose in 1987";
  join_text(en, U"1988 results");
  CHECK(en == U"sales rose in 1987 1988 results");
  std::u32string words = U"the Crew Providers";
  join_text(words, U"stockholders session");
  CHECK(words == U"the Crew Providers stockholders session");
}

TEST_CASE("articles: a head printed right after a headless story and its credit takes the whole story, whatever paragraph it names", "[articles]") {
  auto d = reflow_ok("城郊湿地公园候鸟数量创新高\n\n" +
                     para("城郊湿地公园今年观测到的候鸟数量创下新高，其中不少是首次记录的种类，吸引了大批市民。") +
                     "\n据新华社\n\n" +
                     para("换门锁、配钥匙、修自行车，小修小补，修的是居民生活的便利，暖的是居民的心。") +
                     para("手艺人的一双双巧手、一份份匠心，温暖着城市的街巷，也方便了街坊邻居。") +
                     para("小巷方寸地，便民大学问。从补齐短板到优化布局，便民大学问越做越好。") +
                     "\n据新华社\n\n小巷方寸地便民大学问\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "小巷方寸地便民大学问");
  CHECK(blocks_of(d).size() == 4);
  CHECK(d.articles[1].blocks.size() == 4);  // three paragraphs and the credit
}

TEST_CASE("articles: a lead's first lines set apart by a column break are no headline", "[articles]") {
  auto d = reflow_ok("城郊湿地公园候鸟数量创新高\n\n" + para("城郊湿地公园今年观测到的候鸟数量创下新高。") +
                     para("志愿者每天记录候鸟的种类和数量。") + "\n市图书馆新馆试运行\n\n" +
                     "央视网消息（新闻联播）：市\n图书馆新馆下月起试运行，读\n\n" +
                     in_column("者可以预约参观，馆内设有少儿阅览区和自助借还设备。", 12) +
                     para("馆方同时招募志愿者，报名截至本月底。"));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "市图书馆新馆试运行");
  CHECK(d.articles[1].deck.empty());
  REQUIRE(d.articles[1].blocks.size() == 2);
  CHECK(d.articles[1].blocks[0].text.starts_with("央视网消息（新闻联播）：市图书馆新馆下月起试运行，读者可以预约参观"));
}

TEST_CASE("articles: after a paragraph cut off mid-sentence on a short line, a blank line ends the story too", "[articles]") {
  // The wetland story is cut off ("…志愿者们有些惊" goes on elsewhere); the library story
  // follows after a blank line, its head printed after it.
  auto d = reflow_ok("城郊湿地公园候鸟数量创新高\n\n" +
                     para("城郊湿地公园今年观测到的候鸟数量创下新高，其中不少是首次记录的种类，吸引了大批市民。") +
                     para("看到这么多候鸟，志愿者们有些惊") + "\n" +
                     para("市图书馆新馆下月起试运行，读者可以预约参观，馆内设有少儿阅览区和自助借还设备。") +
                     para("馆方同时招募志愿者，负责引导读者和整理书架，报名截至本月底。") +
                     "\n市图书馆新馆下月起试运行\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].blocks.size() == 2);
  CHECK(d.articles[1].headline == "市图书馆新馆下月起试运行");
  CHECK(d.articles[1].blocks.size() == 2);
}

TEST_CASE("articles: between Latin words a junction's letters say nothing: a column break goes on into the text under it", "[articles][latin]") {
  auto d = reflow_ok(
      "Orbis Computer Unveils Design Software\n\n"
      "    Orbis Computer Inc said it has\nintroduced the Orbis Falcon software, a\ntwo dimensional version of its Orbis\n\n"
      "Falcon drafting-and-modeling software.\n    Orbis said the software is for use\non personal computers in an Orbis\n"
      "minicomputer network environment.\n\n"
      "Safeway To Sell Utah Division\n\n"
      "    Safeway Stores Inc said it agreed to\nsell the assets of its Salt Lake City\ndivision under undisclosed terms.\n"
      "    Safeway also said the transaction is\n\nsubject to financing and new labor\nagreements with the unions involved.\n");
  REQUIRE(d.articles.size() == 2);
  REQUIRE(d.articles[0].blocks.size() == 2);
  CHECK(d.articles[0].blocks[0].text.ends_with("version of its Orbis Falcon drafting-and-modeling software."));
  REQUIRE(d.articles[1].blocks.size() == 2);
  CHECK(d.articles[1].blocks[1].text.ends_with("the transaction is subject to financing and new labor agreements with the unions involved."));
}

TEST_CASE("articles: a head printed after its story, with the next story's head under it, ends that story", "[articles][latin]") {
  auto d = reflow_ok(
      "Harbour Ferry Resumes Crossings\n\n"
      "The harbour ferry has resumed its regular\ntimetable across the bay after repairs to\nthe vessel's engines.\n\n"
      "Wendell's Stores Inc said it has chosen to\nrestructure under Chapter 11 of the federal\n"
      "bankruptcy code and will lodge a filing by\nthe end of this month.\n\n"
      "The company said it failed to reach an agree-\nment with its lenders on a debt restructuring\n"
      "plan and will sell some of its stores.\n\n"
      "Wendell's Stores Files Chapter 11\n\n"
      "Marriott To Sell Hotel\n\n"
      // (Words shared with the story before: enough cohesion for a section heading.)
      "Four Seasons Hotels said it has agreed to buy\nthe Santa Barbara Biltmore Hotel from Mar-\n"
      "riott Corp for an undisclosed amount, and the\ncompany said it will rename the hotel and sell\n"
      "its stores in the lobby.\n");
  // (The story of the head printed after it runs on from the ferry's with no head between.)
  REQUIRE(d.articles.size() == 3);
  CHECK(d.articles[0].blocks.size() == 1);
  CHECK(d.articles[1].headline == "Wendell's Stores Files Chapter 11");
  CHECK(d.articles[1].blocks.size() == 2);
  CHECK(d.articles[2].headline == "Marriott To Sell Hotel");
  CHECK(blocks_of(d, block_kind::heading).empty());
}

TEST_CASE("articles: a paragraph opening with one ideograph and a comma continues a cut sentence, a dateline never does", "[articles]") {
  // The cut falls inside "攻坚克难"; the story in between is another's, with its head.
  const std::string cut =
      "哈军工纪念馆开馆\n\n"
      "本报讯 哈军工纪念馆今天开馆，展板介绍了学校伴随炮火诞生的历史，这所学校敢为人先、攻坚克\n\n\n"
      "城郊蔬菜喜获丰收\n\n"
      "□ 周明\n\n"
      "连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜，装车运往城里。\n\n";
  auto d = reflow_ok(cut + "难，创造了学校历史上的多个第一，纪念馆展出了学校研制的第一台计算机。\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].blocks.back().text ==
        "本报讯 哈军工纪念馆今天开馆，展板介绍了学校伴随炮火诞生的历史，这所学校敢为人先、攻坚克难，创造了学校历史上的多个第一，纪念馆展出了学校研制的第一台计算机。");
  // Counter-example: a paragraph that opens with a dateline is a story's lead, whatever it shares.
  auto dated = reflow_ok(cut + "央视网消息：哈军工纪念馆展出了学校研制的第一台计算机，展板介绍了学校的历史。\n");
  for (const auto& a : dated.articles)
    for (const auto& b : a.blocks) CHECK(b.text.find("攻坚克央视网") == std::string::npos);
}

TEST_CASE("roles: a line indented like a paragraph's first is text, however short and unfinished", "[roles][latin]") {
  auto d = reflow_ok(
      "Brazil Plan Limps To Anniversary\n\n"
      "    Brazil's anti-inflation plan, initially hailed\nas a success, is now seen as a failure by most\neconomists.\n\n"
      "    The weakening of the\n\n"
      "Telephone Company Sets New Service\n\n"
      "    The telephone company said it will offer a\nnew service for the hearing impaired from May.\n\n"
      "    plan has been accompanied by a surge in\ninflation and a fall in exports.\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].blocks.back().text == "The weakening of the plan has been accompanied by a surge in inflation and a fall in exports.");
  CHECK(d.articles[1].headline == "Telephone Company Sets New Service");
}

TEST_CASE("articles: a paragraph whose first ideograph completes a word the page uses continues the sentence cut before it", "[articles]") {
  using galley::test::in_column;
  // "制造" is a word of the first story (used twice more); the paragraph under the second
  // story's text that opens with "造" reads about as much like either story.
  const std::string first =
      "供需两端齐发力\n\n" +
      in_column("本报讯 制造企业加快转型，制造业增加值稳步增长，消费市场持续回暖，家电企业推出新品。", 16) + "\n" +
      in_column("发力供给端，以创新提升产品竞争力，家电企业加快研发，纺织等行业培育出一批柔性制", 16) + "\n\n" +
      "市场漫步\n\n□ 周明\n\n" +
      in_column("近日，一位商户说，市场有波澜，但企业要有耐心，坚持做好产品，消费者自然会回来。", 16) + "\n";
  auto d = reflow_ok(first + in_column("造工厂，精准对接市场上不断变化的需求，新款家电一上市就销量大涨。", 16));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].blocks.back().text ==
        "发力供给端，以创新提升产品竞争力，家电企业加快研发，纺织等行业培育出一批柔性制造工厂，精准对接市场上不断变化的需求，新款家电一上市就销量大涨。");
  // Counter-example: a junction the page never uses elsewhere joins nothing.
  auto w = reflow_ok(first + in_column("今年，商户们精准对接市场上不断变化的需求，新款商品一上市就销量大涨。", 16));
  REQUIRE(w.articles.size() == 2);
  CHECK(w.articles[1].blocks.back().text == "今年，商户们精准对接市场上不断变化的需求，新款商品一上市就销量大涨。");
}

TEST_CASE("articles: a word cut across a credit or a head printed after its story still joins", "[articles]") {
  using galley::test::in_column;
  // "制造" is a word of the first story (used twice more); the rest of its cut sentence is
  // printed after another story, under that story's credit or under that story's own head,
  // which a layout sets after its text.
  const std::string first =
      "供需两端齐发力\n\n" +
      in_column("本报讯 制造企业加快转型，制造业增加值稳步增长，消费市场持续回暖，家电企业推出新品。", 16) + "\n" +
      in_column("发力供给端，以创新提升产品竞争力，家电企业加快研发，纺织等行业培育出一批柔性制", 16) + "\n\n";
  const std::string other = in_column("央视网消息：城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜，装车运往城里。", 16) + "\n";
  const std::string rest = in_column("造工厂，家电企业精准对接消费市场的需求，新款家电一上市就销量大涨。", 16);
  const std::string joined =
      "发力供给端，以创新提升产品竞争力，家电企业加快研发，纺织等行业培育出一批柔性制造工厂，家电企业精准对接消费市场的需求，新款家电一上市就销量大涨。";
  auto credited = reflow_ok(first + other + "据新华社\n\n" + rest);
  REQUIRE(credited.articles.size() == 2);
  CHECK(credited.articles[0].blocks.back().text == joined);
  auto head_after = reflow_ok(first + other + "\n城郊蔬菜喜获丰收\n\n" + rest);
  REQUIRE(head_after.articles.size() == 2);
  CHECK(head_after.articles[0].blocks.back().text == joined);
  CHECK(head_after.articles[1].headline == "城郊蔬菜喜获丰收");
  // Counter-example: a junction the page never uses elsewhere, under a head: that head's lead.
  auto lead = reflow_ok(first + other + "\n城郊蔬菜喜获丰收\n\n" +
                        in_column("菜农们精准对接消费市场的需求，新摘的白菜一上市就销量大涨。", 16));
  REQUIRE(!lead.articles.empty());
  CHECK(lead.articles[0].blocks.back().text == "发力供给端，以创新提升产品竞争力，家电企业加快研发，纺织等行业培育出一批柔性制");
}

TEST_CASE("roles: on a page that sets heads apart with blank lines, a short line right under text is that text's", "[roles]") {
  using galley::test::in_column;
  auto d = reflow_ok(
      "城郊湿地候鸟数量创新高\n\n" +
      in_column("本报讯 城郊湿地公园今年观测到的候鸟数量创下新高，志愿者每天记录候鸟的种类和数量。", 16) +
      "同一天，湿地公园里仍有\n\n\n"
      "跨江大桥顺利合龙\n\n" +
      in_column("央视网消息：跨江大桥主桥今天顺利合龙，建设者在江面上连续施工三十个小时。", 16));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].blocks.back().text == "同一天，湿地公园里仍有");
  CHECK(d.articles[1].headline == "跨江大桥顺利合龙");
  // Two lines of a paragraph cut off, over another story's dateline: text, not its head.
  auto cut = reflow_ok(
      "城郊湿地候鸟数量创新高\n\n" +
      in_column("本报讯 城郊湿地公园今年观测到的候鸟数量创下新高，志愿者每天记录候鸟的种类和数量。", 16) +
      "湿地管理处负责人12日表示\n称，围绕\n\n\n" +
      in_column("央视网消息：跨江大桥主桥今天顺利合龙，建设者在江面上连续施工三十个小时。", 16));
  REQUIRE(cut.articles.size() == 2);
  CHECK(cut.articles[0].blocks.back().text == "湿地管理处负责人12日表示称，围绕");
  CHECK(cut.articles[1].headline.empty());
  // Counter-example: with a blank line over it, the same line is a head.
  auto h = reflow_ok(
      in_column("本报讯 城郊湿地公园今年观测到的候鸟数量创下新高，志愿者每天记录候鸟的种类和数量。", 16) +
      "\n湿地公园候鸟越冬忙\n\n" +
      in_column("央视网消息：城郊湿地公园里越冬的候鸟越来越多，志愿者每天为候鸟投放食物。", 16));
  REQUIRE(h.articles.size() == 2);
  CHECK(h.articles[1].headline == "湿地公园候鸟越冬忙");
}

TEST_CASE("articles: a kicker and its headline printed after their story stay one head", "[articles]") {
  using galley::test::in_column;
  // The kicker names the story too (its lead repeats it): it still stands over the headline.
  auto d = reflow_ok(
      in_column("本报讯 强本领、优作风、重实干、创佳绩，各地创新学习方式，把学习成效体现在推动工作上来。", 14) +
      "\n\n强本领 优作风 重实干 创佳绩\n以学促干各地深入开\n展岗位技能大比武\n\n\n"
      "跨江大桥顺利合龙\n\n□ 周明\n\n" +
      in_column("跨江大桥主桥今天顺利合龙，建设者在江面上连续施工三十个小时。", 14));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].headline == "以学促干各地深入开展岗位技能大比武");
  CHECK(d.articles[0].deck == std::vector<std::string>{"强本领 优作风 重实干 创佳绩"});
  CHECK(d.articles[1].headline == "跨江大桥顺利合龙");
}

TEST_CASE("roles: a line right under a head, on a page that sets text apart from heads with a blank line, goes on with the head", "[roles]") {
  using galley::test::in_column;
  auto d = reflow_ok(
      in_column("本报讯 城郊湿地公园今年观测到的候鸟数量创下新高，志愿者每天记录候鸟的种类和数量。", 12) +
      "\n有感于志愿者们的三\n句话（市场漫步）\n\n□ 张晓雯\n\n" +
      in_column("近日，湿地志愿者说了三句话，道出了保护工作的耐心和信心。", 12));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "有感于志愿者们的三句话（市场漫步）");
  CHECK(d.articles[1].deck.empty());
}

TEST_CASE("articles: a subtitle of two clauses stays with its head printed after the story", "[articles]") {
  using galley::test::in_column;
  const std::string story =
      in_column("央视网消息：林涛今天在北京会见芬兰国家副议长，双方就深化两国合作交换意见。", 16) + "\n" +
      in_column("林涛表示，中芬两国是彼此信赖的合作伙伴，愿同芬方一道推动两国关系发展。", 16) + "\n\n";
  auto d = reflow_ok(
      story + "林涛会见芬兰国家副议长\n林涛表示，中芬两国是彼此信赖的合作伙伴\n\n\n"
      "城郊蔬菜喜获丰收\n\n" + in_column("央视网消息：连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘。", 16));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].headline == "林涛会见芬兰国家副议长");
  CHECK(d.articles[0].deck == std::vector<std::string>{"林涛表示，中芬两国是彼此信赖的合作伙伴"});
  CHECK(d.articles[1].headline == "城郊蔬菜喜获丰收");
}

TEST_CASE("articles: a head read as text whose second line is two clauses is a headline and its subtitle", "[articles]") {
  using galley::test::in_column;
  // Columns of sixteen characters: the headline fills its line, so the roles read it as text.
  auto d = reflow_ok(
      in_column("本报讯 城郊多个村镇迎来春耕高峰，农机手们驾驶播种机在田间来回作业。", 16) + "\n"
      "我省全年蔬菜产量有望再创历史新高\n周卫东介绍说，今年以来\n\n" +
      in_column("央视网消息（新闻联播）：稳住农业基本盘，我省全年蔬菜产量有望再创历史新高。", 16));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "我省全年蔬菜产量有望再创历史新高");
  CHECK(d.articles[1].deck == std::vector<std::string>{"周卫东介绍说，今年以来"});
}

TEST_CASE("articles: a head read as text over a long subtitle of clauses is measured without it", "[articles]") {
  using galley::test::in_column;
  // Head and subtitle together are longer than any head; the head alone is not.
  auto d = reflow_ok(
      in_column("本报讯 城郊多个村镇迎来春耕高峰，农机手们驾驶播种机在田间来回作业。", 17) + "\n"
      "王市长向2024国际城市园艺大会致贺信\n王市长指出，城市园艺是人们宜居生活的源泉\n\n" +
      in_column("央视网消息（新闻联播）：12月3日，本市市长王明向2024国际城市园艺大会致贺信。", 17));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "王市长向2024国际城市园艺大会致贺信");
  CHECK(d.articles[1].deck == std::vector<std::string>{"王市长指出，城市园艺是人们宜居生活的源泉"});
}

TEST_CASE("units: a head line of half-width digits goes on from the line over it, counted in characters", "[articles]") {
  using galley::test::in_column;
  auto d = reflow_ok(
      "跨江大桥顺利合龙\n\n" + in_column("本报讯 跨江大桥主桥今天顺利合龙，建设者在江面上连续施工三十个小时。", 16) + "\n\n"
      "湖滨已培养技能工匠\n612.40万人\n\n" +
      in_column("本报湖滨6月17日电 记者从湖滨市总工会等部门获悉，全市技能人才总量持续增长。", 16));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "湖滨已培养技能工匠612.40万人");
  CHECK(d.articles[1].deck.empty());
}

TEST_CASE("articles: a head left without a body takes the story after the sharpest change of story on the page, when it names some of it", "[articles][latin]") {
  // The results story ran on from the ferry story; its head, set at the end after another
  // story, names it by one word of eight: too little to claim it by naming alone.
  const std::string ferry = ferry_story +
      "Passengers crowded the landing stage on Monday morning as the first boat left on\ntime, and the operator said "
      "the vessel's engines had been tested for a week before\nthe harbour master allowed crossings to resume.\n\n";
  const std::string head = "Survey Firm Warns Of Weaker Year Ahead, Cites Delay\n";
  auto d = reflow_ok(ferry + results + wheat + head);
  REQUIRE(d.articles.size() == 3);
  CHECK(d.articles[0].blocks.size() == 2);
  CHECK(d.articles[1].headline == "Survey Firm Warns Of Weaker Year Ahead, Cites Delay");
  REQUIRE(d.articles[1].blocks.size() == 2);
  CHECK(d.articles[1].blocks[0].text.starts_with("Geonex Corp said"));
  // Counter-example: one story all through (its paragraphs share words): nothing is cut,
  // whatever the head names.
  auto one = reflow_ok(ferry +
                       "The harbour operator said ferry crossings would run every half hour while the\nrepaired engines "
                       "are watched, and a survey of the vessel is planned.\n\n" +
                       wheat + head);
  CHECK(one.articles.at(0).blocks.size() == 3);
}

TEST_CASE("articles: a head that names nothing, printed after a headless story's credit, heads it even when its last paragraph went on across a column break", "[articles]") {
  const std::string first = "城郊湿地公园候鸟数量创新高\n\n" +
      para("城郊湿地公园今年观测到的候鸟数量创下新高，其中不少是首次记录的种类，吸引了大批市民。") +
      para("湿地公园的志愿者每天记录候鸟的种类和数量，并向游客讲解湿地保护的知识和观鸟的礼仪。") + "\n";
  // A comment with no head over it, opened by a dateline; its last paragraph cut where a
  // column ended ("…消除后顾" / "之忧…"), then its credit and its head, printed after it.
  const std::string comment =
      para("本报北京10月5日电 安全帽过期近20年还在卖，塑料帽、防尘帽充当安全帽，随意买卖的现象屡见不鲜，亟须整治。") +
      in_column("　　加强全流程监管，为劳动者消除后顾", 12) + "\n" +
      in_column("之忧，推动监管更加精细化，织密安全保障网。", 12) + "\n（作者单位：市发展研究中心）\n\n来论\n\n";
  const std::string last = "春耕时节农机忙\n\n" +
      para("连日来，城郊多个村镇迎来春耕高峰，农机手驾驶播种机在田间来回作业，农民忙着育秧。");
  // Before it, a brief with no head of its own: two headless stories, one head.
  const std::string brief = para("本报上海10月5日电 市图书馆新馆下月起试运行，读者可以预约参观，馆内设有少儿阅览区。");
  auto d = reflow_ok(first + brief + comment + last);
  REQUIRE(d.articles.size() == 4);
  CHECK(d.articles[1].headline.empty());
  CHECK(d.articles[2].headline == "来论");
  REQUIRE(d.articles[2].blocks.size() >= 2);
  CHECK(d.articles[2].blocks[0].text.starts_with("本报北京10月5日电"));
  CHECK(d.articles[3].headline == "春耕时节农机忙");
}

TEST_CASE("articles: a head printed after its story's credit, the story run on from the article before, is no head over the text under it", "[articles][latin]") {
  const std::string ferry =
      "Harbour Ferry Resumes Crossings\n\nBy Peter Hale\n\n"
      "The harbour ferry has resumed its regular timetable across the bay after repairs\nto the vessel's engines.\n\n"
      "Passengers crowded the landing stage on Monday morning as the first boat left on\ntime.\n\n"
      "The operator said the engines had been tested for a week before the harbour\nmaster allowed crossings to resume.\n\n"
      "The first crossing of the morning. REUTERS/Jane Moss\n\n";
  // Run on from the ferry story with no head between; its head printed after its credit.
  const std::string shares =
      "Shares of Geonex Corp rose sharply this morning after a recommendation by a\nbrokerage house, traders said.\n\n"
      "Geonex jumped 2-7/8 to 23 in active trading.\n\n"
      "The analyst was not available for comment. Traders said he raised his rating of\nGeonex to a buy on its earnings "
      "outlook for 1987 and 1988.\n\n"
      "Traders also said that the analyst expects Geonex to earn 1.50 dlrs a share this\nyear, against 90 cts last year.\n\n"
      "(Reuters)\n\nGeonex Shares Up On Raised Rating\n\n";
  // The same again; then a story whose head is printed at the end of the page.
  const std::string seat =
      "A seat on the grain exchange sold for a record 342,000 dlrs on Friday, the\nexchange said today.\n\n"
      "The previous record price of 308,000 dlrs was set in February.\n\n"
      "The current bid for a seat is 315,000 dlrs and the offer 345,000 dlrs.\n\n"
      "(Reuters)\n\nGrain Exchange Seat Sells For Record High\n\n";
  const std::string coffee =
      "The coffee minister blamed an inflexible position for the failure of last week's\nexport quota talks in London.\n\n"
      "\"We understand that the other position was more inflexible than ours,\" the\nminister said in an interview.\n\n"
      "Both sides have each laid the blame on the other for the breakdown of the talks\nafter they were extended through the weekend.\n\n"
      "The minister stressed that his country tried to ensure a successful outcome of\nthe coffee talks but deplored intransigent attitudes.\n\n"
      "In a conversation later with local journalists, the minister said the attitude\nwould have serious economic consequences for producers.\n\n"
      "He said that because of its high coffee stocks his country would suffer less.\n\n"
      "Coffee exports traditionally account for 55 pct of the country's export revenue.\n\n"
      "Coffee Minister Blames Talks Failure On Rigid Stance\n";
  auto d = reflow_ok(ferry + shares + seat + coffee);
  REQUIRE(d.articles.size() == 4);
  CHECK(d.articles[0].blocks.size() == 5);
  const std::vector<std::pair<std::string, std::string>> heads_and_leads = {
      {"Geonex Shares Up On Raised Rating", "Shares of Geonex Corp"},
      {"Grain Exchange Seat Sells For Record High", "A seat on the grain exchange"},
      {"Coffee Minister Blames Talks Failure On Rigid Stance", "The coffee minister blamed"}};
  for (std::size_t n = 0; n < heads_and_leads.size(); ++n) {
    const article& a = d.articles[n + 1];
    CHECK(a.headline == heads_and_leads[n].first);
    REQUIRE_FALSE(a.blocks.empty());
    CHECK(a.blocks[0].text.starts_with(heads_and_leads[n].second));
  }
  // Without the credits too, when the article's own head names nothing of that story.
  const auto without_credits = [](std::string t) {
    for (std::size_t at; (at = t.find("(Reuters)\n\n")) != std::string::npos;) t.erase(at, 11);
    return t;
  };
  auto bare = reflow_ok(without_credits(ferry + shares + seat + coffee));
  REQUIRE(bare.articles.size() == 4);
  for (std::size_t n = 0; n < heads_and_leads.size(); ++n) {
    const article& a = bare.articles[n + 1];
    CHECK(a.headline == heads_and_leads[n].first);
    REQUIRE_FALSE(a.blocks.empty());
    CHECK(a.blocks[0].text.starts_with(heads_and_leads[n].second));
  }
  // Counter-example: a head that names the text under it as well is that text's head.
  auto under = reflow_ok(ferry + shares + "Geonex said the rating was raised on its earnings outlook for 1987 and 1988,\nthe analyst said.\n\n");
  CHECK(under.articles.back().headline == "Geonex Shares Up On Raised Rating");
  CHECK(under.articles.back().blocks.at(0).text.starts_with("Geonex said the rating"));
}

TEST_CASE("roles: a Latin line in sentence case that ends in a function word is cut-off text, not a headline", "[roles][latin]") {
  // A column of 45 characters ended after "projected to"; the sentence goes on elsewhere.
  const std::string grain =
      "Grain Output Seen Lower\n\n"
      "The ministry said grain output in 1986 fell to\n17.25 mln tonnes, slightly below earlier\nestimates, it said.\n\n"
      "For 1987, the new harvest is projected to\n\n";
  const std::string prices =
      "Balladur Expects Improved February Prices\n\n"
      "The finance minister said he expected an im-\nprovement in consumer prices in February after\nthe rise in January.\n";
  auto d = reflow_ok(grain + prices);
  for (const article& a : d.articles) CHECK(a.headline != "For 1987, the new harvest is projected to");
  const auto paragraphs = blocks_of(d);
  CHECK(std::any_of(paragraphs.begin(), paragraphs.end(),
                    [](const std::string& p) { return p.find("the new harvest is projected to") != std::string::npos; }));
  // Counter-example: a title-case head may end in a preposition.
  auto head = reflow_ok(grain.substr(0, grain.find("For 1987")) + "Harvest Forecast Brings Buyers In\n\n" +
                        prices.substr(prices.find("The finance")));
  CHECK(head.articles.back().headline == "Harvest Forecast Brings Buyers In");
}

TEST_CASE("roles: a Latin line in sentence case that opens with an article is a sentence's start, not a headline", "[roles][latin]") {
  // Headlines drop articles; "The department" is where a column ended mid-sentence.
  const std::string page =
      "Grain Output Seen Lower\n\n"
      "The ministry said grain output in 1986 fell to\n17.25 mln tonnes, slightly below earlier\nestimates, it said.\n\n"
      "The department\n\n"
      "Balladur Expects Improved February Prices\n\n"
      "The finance minister said he expected an im-\nprovement in consumer prices in February after\nthe rise in January.\n";
  auto d = reflow_ok(page);
  for (const article& a : d.articles) {
    CHECK(a.headline != "The department");
    for (const std::string& x : a.deck) CHECK(x != "The department");
  }
  // Counter-example: in title case it may be a head ("The Japan Fund Gets Buyout Offer").
  std::string titled = page;
  titled.replace(titled.find("The department"), 14, "The Japan Fund Gets Buyout Offer");
  auto head = reflow_ok(titled);
  CHECK(head.articles.at(1).headline == "The Japan Fund Gets Buyout Offer");
}

TEST_CASE("articles: across a blank line that parts stories, text goes on from a sentence cut off earlier when it reads a little more like that story", "[articles]") {
  // The care story stops mid-sentence where its column ended ("各地还将"); another story
  // follows; then, after a blank line, the care story's last sentence goes on.
  const std::string care = "托育服务惠及更多家庭\n\n" +
      para("今年以来，各地加快发展普惠托育服务，托位数量持续增加，家庭育儿负担有所减轻。") +
      para("育儿补贴全面开放申领，每个孩子每年可以申领三千六百元，托育机构收费更加规范。") +
      in_column("　　明年，各地还将", 12) + "\n";
  const std::string park = "城郊湿地公园候鸟数量创新高\n\n" +
      para("本报讯 城郊湿地公园今年观测到的候鸟数量创下新高，其中不少是首次记录的种类，吸引了大批市民。") +
      para("湿地公园的志愿者每天记录候鸟的种类和数量，并向游客讲解湿地保护的知识和观鸟的礼仪。") + "\n";
  const std::string rest = para("新增一批托位，让更多年轻父母安心工作、放心生活。");
  auto d = reflow_ok(care + park + rest);
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].blocks.back().text.ends_with("明年，各地还将新增一批托位，让更多年轻父母安心工作、放心生活。"));
  CHECK(d.articles[1].blocks.size() == 2);
  // Counter-example: text that reads like neither goes on as a story of its own.
  auto other = reflow_ok(care + park + para("市图书馆新馆下月起试运行，读者可以预约参观，馆内设有少儿阅览区和自助借还设备。"));
  CHECK(other.articles.at(0).blocks.back().text.ends_with("各地还将"));
}

TEST_CASE("articles: of heads clustered at the end, a roundup's head takes no deck: the wider head after it is another story's", "[articles]") {
  const auto wide_para = [](const char* text) { return para(text, 16); };
  // Two headless stories (a roundup's items, then a report), their heads clustered last.
  const std::string items = wide_para("市图书馆新馆下月起试运行，读者可以预约参观，馆内设有少儿阅览区和自助借还设备。") +
                            wide_para("地铁五号线南延段完成全部轨道铺设，预计年底开通运营，沿线将新增四座车站。") + "\n";
  const std::string report = wide_para("本报讯 今年前九个月，全市汽车产量和销量同比增长超过两成，新能源汽车占比继续提高。") +
                             wide_para("汽车零部件企业加快转型，一批新能源汽车配套项目相继开工建设。") + "\n";
  // (The report's head names nothing of it, as heads set apart from their stories may not.)
  auto d = reflow_ok(items + report + "\n本地新闻速览\n\n\n稳中向好的势头持续巩固拓展\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].headline == "本地新闻速览");
  CHECK(d.articles[0].deck.empty());
  CHECK(d.articles[1].headline == "稳中向好的势头持续巩固拓展");
  // Counter-example: under a head that is no roundup's, the wider line is its deck.
  auto deck = reflow_ok(items + report + "\n车市观察\n\n\n稳中向好的势头持续巩固拓展\n");
  bool has_deck = false;
  for (const article& a : deck.articles) has_deck = has_deck || !a.deck.empty();
  CHECK(has_deck);
}

TEST_CASE("roles: a credit's words at the start of a full line that runs on into the next open a sentence", "[roles]") {
  // Narrow columns: "据美国媒体报" fills its line and the sentence goes on under it.
  const std::string story = "美国西部林火持续蔓延\n\n"
      "　　美国西\n部一处国家\n森林发生的\n林火持续蔓\n延。当地官\n员说，风势\n仍在加大。\n"
      "据当地媒体报\n道，截至当地\n时间20日晚，\n过火面积已经\n超过57平方公\n里。\n";
  auto d = reflow_ok(story);
  REQUIRE(d.articles.size() == 1);
  CHECK(blocks_of(d, block_kind::credit).empty());
  REQUIRE(d.articles[0].blocks.size() == 1);
  CHECK(d.articles[0].blocks[0].text.find("据当地媒体报道，截至当地时间") != std::string::npos);
  // Counter-example: the same words alone on a short line after the text are its credit.
  auto credited = reflow_ok(story + "据新华社\n");
  CHECK(blocks_of(credited, block_kind::credit) == std::vector<std::string>{"据新华社"});
}

TEST_CASE("articles: two head lines over a subtitle of two clauses, read as one paragraph before a lead, are a headline and its deck", "[articles]") {
  // Columns of twelve characters, the head lines as full as text; no blank line between
  // the head lines and the subtitle.
  const std::string first = in_column("城郊多个村镇迎来春耕高峰，农机手驾驶播种机在田间来回作业，农民们忙着育秧。", 12);
  const std::string lead = in_column("　　本报讯 城郊湿地公园今年观测到的候鸟数量创下新高，志愿者每天记录候鸟的种类和数量。", 12);
  auto d = reflow_ok(first + "\n据新华社\n\n\n城郊湿地公园今年候鸟数量\n创下历史新高种类明显增多\n12时30分，志愿者出发记录\n\n\n" + lead);
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "城郊湿地公园今年候鸟数量创下历史新高种类明显增多");
  CHECK(d.articles[1].deck == std::vector<std::string>{"12时30分，志愿者出发记录"});
  REQUIRE_FALSE(d.articles[1].blocks.empty());
  CHECK(d.articles[1].blocks[0].text.starts_with("本报讯"));
}

TEST_CASE("articles: a bodiless head's story does not reach back over a blank line that parts stories", "[articles][latin]") {
  // A page that runs its paragraphs on (indented, no blank lines between them): the ferry
  // story, whose head is printed at the end, then a blank line and the stake story, whose
  // head is printed after it. The ferry story's last paragraph speaks of "pct" too.
  const std::string ferry =
      "    The harbour ferry has resumed its regular timetable across the bay after\nrepairs to the vessel's engines, "
      "the operator said.\n"
      "    Passengers crowded the landing stage on Monday morning as the first boat left\non time, and the operator said "
      "the engines had been tested for a week before\nthe harbour master allowed crossings to resume.\n"
      "    Tickets bought for cancelled crossings will be honoured until the end of the\nmonth, the operator added.\n"
      "    Fares for the crossing rose 3 pct on Monday, and the operator said a further\nrise of 2 pct was planned for the summer.\n\n";
  const std::string stake =
      "    Geonex Corp, a Hong Kong survey firm, said it raised its stake in Wrather\nCorp to 11 pct of the common shares "
      "outstanding.\n"
      "    In a filing with regulators, Geonex said it bought the shares for investment\npurposes.\n\n"
      "Hong Kong Firm Ups Wrather Stake To 11 Pct\n\n";
  const std::string harvest =
      "Wheat Harvest Expected To Grow\n\n"
      "    Wheat growers in the northern plains expect a larger harvest this autumn after\nsteady rain in spring.\n"
      "    Grain elevators are being cleaned ahead of the harvest, the growers' association\nsaid.\n\n";
  auto d = reflow_ok(ferry + stake + harvest + "Harbour Ferry Resumes Crossings\n");
  REQUIRE(d.articles.size() == 3);
  CHECK(d.articles[0].headline == "Harbour Ferry Resumes Crossings");
  CHECK(d.articles[0].blocks.size() == 4);
  CHECK(d.articles[1].headline == "Hong Kong Firm Ups Wrather Stake To 11 Pct");
  REQUIRE_FALSE(d.articles[1].blocks.empty());
  CHECK(d.articles[1].blocks[0].text.starts_with("Geonex Corp, a Hong Kong survey firm"));
}

TEST_CASE("articles: of heads clustered at the end, a wider title-case line under a title-case head is another head, not its deck", "[articles][latin]") {
  // Two stories whose heads, naming nothing of them, are set together at the end.
  const std::string stories =
      "Industrial output in the region rose for a third quarter running, the statistics\noffice said.\n\n"
      "The office said factories worked longer hours as orders from abroad recovered.\n\n"
      "(Reuters)\n\n"
      "The volume of contracts traded on the exchange reached a record in February, the\nclearing house said.\n\n"
      "The previous high was set in December, when contracts changed hands.\n\n";
  auto d = reflow_ok(stories + "Economic Spotlight\n\nQuiet Hands Behind A Famous Old Building Downtown\n");
  REQUIRE(d.articles.size() == 2);
  for (const article& a : d.articles) CHECK(a.deck.empty());
  CHECK(d.articles[0].headline == "Economic Spotlight");
  CHECK(d.articles[1].headline == "Quiet Hands Behind A Famous Old Building Downtown");
}

namespace {

// English text set ragged in a column of `width` characters: words wrapped, one line each.
std::string latin_column(const std::string& text, std::size_t width) {
  std::string out, line;
  std::size_t from = 0;
  while (from < text.size()) {
    std::size_t to = text.find(' ', from);
    if (to == std::string::npos) to = text.size();
    const std::string word = text.substr(from, to - from);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      out += line + '\n';
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    from = to + 1;
  }
  return out + line + '\n';
}

}  // namespace

TEST_CASE("roles: a title-case head ending in initials ('…Exports To U.S.') is a headline, not a paragraph", "[roles][latin]") {
  // The period of "U.S." belongs to the abbreviation: the head is as unpunctuated as one that
  // ends in a word. Heads made of a subject, a predicate and a country's initials, over a
  // story in columns of several widths, printed before their story or after it.
  const std::string first =
      "Harbour Ferry Resumes Crossings\n\n"
      "The harbour ferry said it has resumed its timetable across the bay after two weeks of repairs to the pier.";
  const std::string lead = "Officials said on Monday that the mission would seek a larger quota for shipments next year.";
  const std::string second = "The officials said the present agreement was unfair because it allowed only one pct growth.";
  int checked = 0;
  for (const char* subject : {"Taiwan", "China", "Canada Wheat Board"})
    for (const char* predicate : {"To Seek Larger Apparel Exports To", "Calls For Fairer Grain Pact With", "Sees Lower Grain Sales To"})
      for (const char* initials : {"U.S.", "U.K.", "E.C."})
        for (const std::size_t width : {36u, 48u, 64u})
          for (const bool after : {false, true}) {
            const std::string head = std::string(subject) + " " + predicate + " " + initials;
            if (head.size() > width) continue;  // (a head wider than its column is another rule's)
            const std::string body = latin_column(lead, width) + "\n" + latin_column(second, width);
            const std::string page = latin_column(first.substr(first.find("The harbour")), width);
            const std::string text = "Harbour Ferry Resumes Crossings\n\n" + page + "\n" +
                                     (after ? body + "\n" + head + "\n" : head + "\n\n" + body);
            auto d = reflow_ok(text);
            INFO(text);
            const auto heads = headlines_of(d);
            CHECK(std::find(heads.begin(), heads.end(), head) != heads.end());
            for (const std::string& p : blocks_of(d)) CHECK(p != head);
            ++checked;
          }
  CHECK(checked > 60);
  // Counter-examples: a sentence ending in "U.S." on a line of its own is text, and so is a
  // title-case note ending on a company's "Co.".
  for (const char* name : {"Coral Bay Long Distance Telephone Co.", "Pacific Gas And Electric Co.", "Hong Kong Land Co."})
    for (const std::size_t width : {48u, 64u}) {
      const std::string story = "Ferry Operator Reports Year Net\n\n" +
                                latin_column("The ferry operator said its net profit rose to 12.5 mln dlrs in 1986 from 9.8 mln.", width);
      for (const std::string& line : {std::string("NOTE: Full name ") + name, std::string("Exports were shipped to the U.S.")}) {
        if (line.size() > width) continue;
        const std::string text = story + "\n" + line + "\n\n" + latin_column("Figures are quoted in dollars.", width);
        auto d = reflow_ok(text);
        INFO(text);
        for (const std::string& h : headlines_of(d)) CHECK(h != line);
        const auto paragraphs = blocks_of(d);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), line) != paragraphs.end());
      }
    }
}

TEST_CASE("articles: a masthead whose parts stand apart by runs of spaces across the page is residue", "[articles]") {
  // pdftotext -layout sets the masthead's parts where they stand on the page: the paper's name
  // at its left, the date in the middle, the page's number at its right, runs of spaces as
  // wide as the page between them. The line is longer than any masthead, but its runs of
  // spaces are no text: read as a head, it took the page's first story.
  for (const std::size_t gap : {30u, 45u, 60u}) {
    const std::string spaces(gap, ' ');
    const std::string page = "江城日报" + spaces + "2026年3月5日 星期二" + spaces + "第6版 要闻\n\n"
                             "城郊湿地公园候鸟数量创新高\n"
                             "  城郊湿地公园今年观测到的候鸟数量创下新高，其中不少是首次记录的种类。\n"
                             "  湿地公园的志愿者每天记录候鸟的种类和数量，并向游客讲解湿地保护的知识。\n";
    INFO(page);
    const auto d = reflow_ok(page);
    REQUIRE(d.articles.size() == 1);
    CHECK(d.articles[0].headline == "城郊湿地公园候鸟数量创新高");
    REQUIRE(d.residue.size() == 1);
    CHECK(d.residue[0].text.find("星期二") != std::string::npos);
  }
}

TEST_CASE("articles: a page's masthead and staff line are residue, on lines of their own or run together", "[articles]") {
  // The paper's name, the date with its weekday and the page's number and desk over the
  // page, the page's editors under it: the page's, no story's. An extractor prints them on
  // lines of their own, or (`pdftotext -raw`) the masthead's parts on one line right over
  // the first headline, which then reads as they were not there.
  std::mt19937 rng(4);
  const char* weekdays_zh[] = {"一", "二", "三", "四", "五", "六", "日"};
  const char* weekdays_en[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  const char* months[] = {"January", "March", "May", "October"};
  const char* names_zh[] = {"江城", "北方", "滨海", "南岭"};
  const char* desks_zh[] = {"要闻", "综合", "经济"};
  const char* names_en[] = {"The Morning Ledger", "Valley Herald", "Harbour Times"};
  const char* desks_en[] = {"World", "Business", "Markets"};
  for (int v = 0; v < 48; ++v) {
    const bool zh = v % 2 == 0, one_line = v % 4 >= 2;
    const int day = 1 + static_cast<int>(rng() % 28), folio = 2 + static_cast<int>(rng() % 15);
    std::vector<std::string> mast, staff;
    std::string head, text;
    if (zh) {
      mast = {std::string(names_zh[rng() % 4]) + "日报", "2026年3月" + std::to_string(day) + "日 星期" + weekdays_zh[rng() % 7],
              "第" + std::to_string(folio) + "版 " + desks_zh[rng() % 3]};
      staff = {"责任编辑：王明", "版式设计：李华"};
      head = "城郊湿地公园候鸟数量创新高";
      text = para("城郊湿地公园今年观测到的候鸟数量创下新高，其中不少是首次记录的种类。") +
             para("湿地公园的志愿者每天记录候鸟的种类和数量，并向游客讲解湿地保护的知识。");
    } else {
      mast = {names_en[rng() % 3], std::string(weekdays_en[rng() % 7]) + ", " + months[rng() % 4] + " " + std::to_string(day) + ", 2026",
              "Page A" + std::to_string(folio) + " " + desks_en[rng() % 3]};
      staff = {"Editor: Jane Moss", "A" + std::to_string(folio)};
      head = "Harbour Ferry Carries Record Numbers";
      text = "The harbour ferry said it carried more passengers last year than in any year since its first crossing.\n"
             "The operator said new boats would join the fleet next spring.\n";
    }
    std::string page;
    if (one_line) {
      // (pdftotext -raw drops the space between CJK characters.)
      page = zh ? mast[0] + " " + mast[1].substr(0, mast[1].find(' ')) + mast[1].substr(mast[1].find(' ') + 1) + " " + mast[2] + "\n"
                : mast[0] + " " + mast[1] + " " + mast[2] + "\n";
      page += head + "\n" + text + staff[0] + " " + staff[1] + "\n";
    } else {
      for (const std::string& m : mast) page += m + "\n\n";
      page += head + "\n\n" + text + "\n" + staff[0] + "\n\n" + staff[1] + "\n";
    }
    INFO(page);
    const auto d = reflow_ok(page);
    REQUIRE(d.articles.size() == 1);
    CHECK(d.articles[0].headline == head);
    CHECK(d.articles[0].deck.empty());
    for (const block& b : d.articles[0].blocks) CHECK(b.text.find(zh ? "编辑" : "Editor") == std::string::npos);
    CHECK(d.residue.size() >= (one_line ? 2u : 4u));
  }
}

TEST_CASE("articles counter-example: a date or an editor in a story's text is the story's", "[articles]") {
  // A sentence that names a weekday's date, a headline with a page's number in it, and a
  // story's own editor ("责任编辑：王明" alone, under the story) stay with the story.
  auto d = reflow_ok("Harbour Ferry Carries Record Numbers\n\n"
                     "The operator said on Monday, March 19, 2026, that new boats would join the fleet.\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.residue.empty());
  auto e = reflow_ok("城郊湿地公园候鸟数量创新高\n\n" + para("城郊湿地公园今年观测到的候鸟数量创下新高，其中不少是首次记录的种类。") +
                     "责任编辑：王明\n");
  REQUIRE(e.articles.size() == 1);
  CHECK(e.residue.empty());
  CHECK(blocks_of(e, block_kind::credit) == std::vector<std::string>{"责任编辑：王明"});
}

namespace {

// Two paragraphs of random words, each some one and a half lines' worth, set in a column of
// `column` characters.
std::string two_paragraphs(std::mt19937& rng, const std::vector<std::string>& words, std::size_t column) {
  std::string body;
  for (int p = 0; p < 2; ++p) {
    std::string text;
    for (std::size_t k = 0; k < 3 * column / 2; ++k) text += words[rng() % words.size()];
    body += in_column("　　" + text + "。", column);
  }
  return body;
}

}  // namespace

TEST_CASE("articles: a Chinese headline that fills its column and stops in a word goes on in the short line under it", "[articles]") {
  // A headline set in a narrow box wraps at the measure, mid-word ("全省数十座城市表彰交通执法人"
  // / "员规范执法"): the short tail is the headline's, not a deck.
  std::mt19937 rng(9);
  const std::vector<std::string> words = {"城市", "治理", "港口", "航线", "布局", "货运", "扩能", "提速", "产业", "集群", "装备", "基层"};
  int tried = 0;
  for (int v = 0; v < 40; ++v) {
    const int chars = 11 + static_cast<int>(rng() % 4);  // the column, in characters
    std::string first;
    while (first.size() / 3 < static_cast<std::size_t>(chars)) first += words[rng() % words.size()];
    first = first.substr(0, 3 * static_cast<std::size_t>(chars));  // (a full line, cut in a word)
    const std::string tail = words[rng() % words.size()] + words[rng() % words.size()];
    const std::string body = two_paragraphs(rng, words, static_cast<std::size_t>(chars));
    const std::string page = first + "\n" + tail + "\n\n" + body;
    INFO(page);
    const auto d = reflow_ok(page);
    ++tried;
    REQUIRE(d.articles.size() == 1);
    CHECK(d.articles[0].headline == first + tail);
    CHECK(d.articles[0].deck.empty());
  }
  CHECK(tried == 40);
}

TEST_CASE("articles: a Chinese headline in a type larger than the text's goes on in the short line under it", "[articles]") {
  // A headline set in a column in its larger type wraps at fewer characters than the text
  // under it holds ("两国代表团在日内瓦会谈结束未能" / "达成共识" over lines of twenty): its
  // first line is shorter than the text's column, but the line under it, shorter still and
  // with no clause marks of its own, is its tail, not a deck.
  std::mt19937 rng(23);
  const std::vector<std::string> words = {"城市", "治理", "港口", "航线", "布局", "货运", "扩能", "提速", "产业", "集群", "装备", "基层"};
  for (int v = 0; v < 40; ++v) {
    const std::size_t column = 18 + rng() % 5, head = 10 + rng() % 5;  // (characters)
    std::string first;
    while (first.size() / 3 < head) first += words[rng() % words.size()];
    first = first.substr(0, 3 * head);
    std::string tail;
    for (std::size_t k = 0, n = 1 + rng() % 3; k < n; ++k) tail += words[rng() % words.size()];
    const std::string body = two_paragraphs(rng, words, column);
    const std::string page = first + "\n" + tail + "\n\n" + body;
    INFO(page);
    const auto d = reflow_ok(page);
    REQUIRE(d.articles.size() == 1);
    CHECK(d.articles[0].headline == first + tail);
    CHECK(d.articles[0].deck.empty());
  }
}

TEST_CASE("articles: a Chinese headline wrapped in three lines of one measure keeps its short last line", "[articles]") {
  // "两国代表团在日内" / "瓦会谈结束未能达" / "成共识": the head's lines wrapped at one measure,
  // in a type larger than the text's, and the last is its tail, not the headline of its own
  // with the lines over it for a deck.
  std::mt19937 rng(29);
  const std::vector<std::string> words = {"城市", "治理", "港口", "航线", "布局", "货运", "扩能", "提速", "产业", "集群", "装备", "基层"};
  for (int v = 0; v < 30; ++v) {
    const std::size_t column = 18 + rng() % 5, head = 7 + rng() % 4;  // (characters)
    std::string text;
    while (text.size() / 3 < 2 * head + 3) text += words[rng() % words.size()];
    const std::string l1 = text.substr(0, 3 * head), l2 = text.substr(3 * head, 3 * head), l3 = text.substr(6 * head, 6);
    const std::string body = two_paragraphs(rng, words, column);
    const std::string page = l1 + "\n" + l2 + "\n" + l3 + "\n\n" + body;
    INFO(page);
    const auto d = reflow_ok(page);
    REQUIRE(d.articles.size() == 1);
    CHECK(d.articles[0].headline == l1 + l2 + l3);
    CHECK(d.articles[0].deck.empty());
  }
}

TEST_CASE("articles: a Chinese headline's tail read as a line of text goes on in the headline", "[articles]") {
  // The tail under a head, over its byline ("港口经济稳中有进前三季度货物吞" / "吐总量同比增长
  // 5.2%" / "□ 张晓雯"), is no line of a paragraph: short of its column, ending in no
  // sentence's mark, no paragraph going on under it.
  auto d = reflow_ok("港口航线布局优化货运扩能提速产业\n集群装备升级\n□ 王明\n" +
                     in_column("　　港口今年优化航线布局，货运能力持续提升，产业集群装备加快升级，基层治理稳步推进。", 20) +
                     in_column("　　城市治理同步提速，港口吞吐量稳步增长，航线网络更加完善。", 20));
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "港口航线布局优化货运扩能提速产业集群装备升级");
  CHECK(d.articles[0].deck.empty());
}

TEST_CASE("articles: a Chinese headline across columns goes on in a tail wider than the text's column", "[articles]") {
  // A head set across two columns over stories of narrow columns ("港口经济稳中有进前三季度吞"
  // / "吐货物总量同比增长5.2%" over lines of nine): its tail, read as a line of text, is wider
  // than any line of a paragraph in that column.
  auto d = reflow_ok("港口航线布局优化货运扩能提速产\n业集群装备升级增长5.2%\n\n本报记者 周宁\n\n" +
                     in_column("　　港口今年优化航线布局，货运能力持续提升，产业集群装备加快升级，基层治理稳步推进。", 9) +
                     in_column("　　城市治理同步提速，港口吞吐量稳步增长，航线网络更加完善。", 9));
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "港口航线布局优化货运扩能提速产业集群装备升级增长5.2%");
  CHECK(d.articles[0].deck.empty());
}

TEST_CASE("articles: a column's last lines set apart under text cut off mid-sentence are its rest, not a head", "[articles]") {
  // "…两市双方要继续深化和" / "" / "拓展各自优势的合作领域，在涉及彼此共" / "同利益和…上携" / "" /
  // the next story's head: two short lines set apart by blank lines stand where a head stands,
  // but with a clause mark inside, under a paragraph that stops mid-sentence, they go on with it.
  for (const std::size_t width : {14, 16, 18}) {
    const std::string cut = in_column("　　市园林部门表示，下一步将继续推进绿道建设和", width);
    const std::string rest = "维护工作，在沿线增设驿站和自行车租赁点方便市民骑行和游客休憩";
    const std::string page = "城市绿道全线贯通\n\n" + in_column("　　环城绿道今天全线贯通，串联起沿线二十多个公园。", width) +
                             cut.substr(0, cut.size() - 1) + "\n\n" + in_column(rest.substr(0, 3 * (width + 4)), width) + "\n" +
                             "港口货运量稳步增长\n\n" + in_column("　　今年以来，全市港口货物吞吐量稳步增长，集装箱航线不断加密。", width) +
                             in_column("　　港口部门将继续优化通关流程，提升集疏运效率。", width);
    INFO(page);
    const auto d = reflow_ok(page);
    CHECK(headlines_of(d) == std::vector<std::string>{"城市绿道全线贯通", "港口货运量稳步增长"});
    // Counter-example: over a byline, two such lines are the next story's head, marks or not.
    const std::string headed = "城市绿道全线贯通\n\n" + in_column("　　环城绿道今天全线贯通，串联起沿线二十多个公园。", width) +
                               cut.substr(0, cut.size() - 1) + "\n\n港口货运量稳步增长、集装\n箱航线不断加密\n\n本报记者 王明\n\n" +
                               in_column("　　今年以来，全市港口货物吞吐量稳步增长，集装箱航线不断加密。", width);
    INFO(headed);
    CHECK(headlines_of(reflow_ok(headed)) == std::vector<std::string>{"城市绿道全线贯通", "港口货运量稳步增长、集装箱航线不断加密"});
  }
}

TEST_CASE("articles: a headline line that leaves a quote open goes on in the line that closes it", "[articles]") {
  // "市长向2026年“航运南" / "湖”国际论坛（南湖）致贺信" / "市长指出，航运南湖开放" under a story
  // of nine-character lines: the first line is narrower than the two under it, as a kicker
  // over a head wrapped in two would be, but its open quote closes in the second.
  auto d = reflow_ok("城郊蔬菜喜获丰收\n\n" +
                     in_column("　　连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜，装车运往城里，市场供应充足，价格平稳。", 9) +
                     in_column("　　菜农们说，今年雨水充足，蔬菜长势好，收入明显增加。", 9) +
                     "\n据新华社\n\n"
                     "市长向2026年“航运南\n湖”国际论坛（南湖）致贺信\n市长指出，航运南湖开放\n\n" +
                     in_column("　　2026年“航运南湖”国际论坛今天开幕，市长致贺信，港口和航运企业代表出席。", 9) +
                     in_column("　　论坛为期两天，围绕港口合作和绿色航运展开讨论。", 9));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "市长向2026年“航运南湖”国际论坛（南湖）致贺信");
  CHECK(d.articles[1].deck == std::vector<std::string>{"市长指出，航运南湖开放"});
}

TEST_CASE("articles: a line over a headline wrapped in two lines of its measure is its kicker when it names nothing of the story", "[articles]") {
  // "新理念引领新发展" / "久久为功推进河湖" / "治理常态化长效化": three lines of one measure, the
  // first naming nothing the story's lead does, the other two what it is about.
  auto d = reflow_ok("新理念引领新发展\n久久为功推进河湖\n治理常态化长效化\n\n" +
                     in_column("　　各地久久为功推进河湖治理，常态化长效化抓好落实，河湖治理取得新成效。", 20) +
                     in_column("　　河湖治理永远在路上，各地持续推进，长效机制不断完善。", 20));
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "久久为功推进河湖治理常态化长效化");
  CHECK(d.articles[0].deck == std::vector<std::string>{"新理念引领新发展"});
}

TEST_CASE("articles: a slogan of two phrases over a head read as text is its kicker, however much the lead names", "[articles]") {
  // "践行新发展理念 推动港口建设" / "港口航线布局优化提速", two lines set in the text's
  // type and read as text: the lead opens with the slogan's words, yet it is set over the
  // headline, not part of it.
  auto d = reflow_ok("城郊蔬菜喜获丰收\n\n" +
                     in_column("连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜，装车运往城里，市场供应充足，价格平稳。", 16) +
                     in_column("菜农们说，今年雨水充足，蔬菜长势好，收入明显增加，明年还要扩大种植面积。", 16) +
                     "\n践行新发展理念 推动港口建设\n港口航线布局优化提速\n\n本报记者 周宁\n\n" +
                     in_column("央视网消息（新闻联播）：各地践行新发展理念，推动港口航线布局持续优化，货运能力稳步提升，港口建设提速。", 16) +
                     in_column("今年以来，沿海港口加快建设，航线网络更加完善，吞吐量稳步增长。", 16));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "港口航线布局优化提速");
  CHECK(d.articles[1].deck == std::vector<std::string>{"践行新发展理念 推动港口建设"});
}

TEST_CASE("articles: lines with no mark set apart right over another head are a head whose story is elsewhere", "[articles]") {
  // A slogan and a head wrapped in two, read as text (a column of nine), printed right over
  // the next story's head, after a story's credit: a head, matched to its story further on.
  const std::string before = "城郊蔬菜喜获丰收\n\n" +
                             in_column("连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜，装车运往城里，市场供应充足，价格平稳。", 9) +
                             "\n（作者单位：市农业农村局）\n\n";
  const std::string after = "\n\n《南湖图书馆新馆》\n今天正式开放迎客\n\n" +
                            in_column("央视网消息（新闻联播）：南湖区图书馆新馆今天正式开放，新馆设有少儿阅读区和古籍修复室，市民可以凭身份证免费借阅。", 9) + "\n" +
                            in_column("央视网消息（新闻联播）：沿海港口今年优化航线布局，货运扩能提速，吞吐量稳步增长，成效明显。", 9);
  auto d = reflow_ok(before + "稳增长 促改革 调结构 惠民生\n港口航线布局优化货\n运扩能提速见成效" + after);
  REQUIRE(d.articles.size() == 3);
  CHECK(d.articles[1].headline == "港口航线布局优化货运扩能提速见成效");
  REQUIRE(!d.articles[1].blocks.empty());
  CHECK(d.articles[1].blocks[0].text.find("沿海港口") != std::string::npos);
  // Counter-example: the end of a paragraph cut off over a head has its commas: text.
  auto cut = reflow_ok(before + "港口今年优化航线布局，货运\n扩能提速，吞吐量稳步增长\n成效明显，航线网络更加完" + after);
  for (const auto& a : cut.articles) CHECK(a.headline.find("港口今年") == std::string::npos);
}

TEST_CASE("articles: over a headline and its subtitle of clauses a shorter line is the kicker", "[articles]") {
  // 引题, 主题, 副题: "在希望的田野上" / "港口码头迎来货运忙" / "金秋九月，货运繁忙", between
  // stories set in a column of six, every other line justified a space apart.
  const auto justified_column = [](const std::u32string& text) {
    std::u32string out;
    for (std::size_t k = 0; k < text.size(); k += 6) {
      const std::u32string piece = text.substr(k, 6);
      for (std::size_t c = 0; c < piece.size(); ++c) {
        if (c > 0 && piece.size() == 6 && k % 12 == 0) out.push_back(U' ');
        out.push_back(piece[c]);
      }
      out.push_back(U'\n');
    }
    return galley::detail::to_utf8(out);
  };
  auto d = reflow_ok("城郊蔬菜喜获丰收\n\n" +
                     justified_column(U"　　连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜，装车运往城里，市场供应充足，价格平稳，菜农们说，今年雨水充足，蔬菜长势好，收入明显增加。") +
                     "\n在希望的田野上\n港口码头迎来货运忙\n金秋九月，货运繁忙\n\n□ 周宁\n\n" +
                     justified_column(U"　　央视网消息（新闻联播）：金秋九月，沿海港口码头货运繁忙，吞吐量稳步增长，航线网络更加完善。"));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "港口码头迎来货运忙");
  CHECK(d.articles[1].deck == std::vector<std::string>{"在希望的田野上", "金秋九月，货运繁忙"});
}

TEST_CASE("articles counter-example: a clause under a headline is its deck, however short", "[articles]") {
  // A deck is a phrase of its own: a clause with its comma ("金秋时节，稻谷飘香").
  auto d = reflow_ok("稻谷飘香各地秋收忙\n金秋时节，稻谷飘香\n\n" +
                     in_column("　　金秋九月，各地稻谷陆续成熟，农民抢抓晴好天气收割晾晒，确保颗粒归仓。", 20));
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "稻谷飘香各地秋收忙");
  CHECK(d.articles[0].deck == std::vector<std::string>{"金秋时节，稻谷飘香"});
}

TEST_CASE("articles counter-example: a dash-led line under a full headline is its deck", "[articles]") {
  // A subtitle opens with a dash ("——…"), however full the headline over it.
  auto d = reflow_ok("我省港口优化航线布局货运\n——沿海港口\n\n" +
                     in_column("　　沿海港口今年优化航线布局，货运能力持续提升，港口吞吐量稳步增长。", 12));
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "我省港口优化航线布局货运");
  CHECK(d.articles[0].deck == std::vector<std::string>{"——沿海港口"});
}

TEST_CASE("articles: a title-case headline wrapped in three or four lines of a narrow box stays one headline", "[articles][latin]") {
  // "Proterozoic Shield" / "Takes 47 Mln Dlr" / "Writedown": every line goes on in title case.
  std::mt19937 rng(21);
  const std::vector<std::string> words = {"Harbour", "Ferry", "Resumes", "Service", "Across", "Bay", "Shield", "Takes",
                                          "Writedown", "Canadian", "Bond", "Issue", "Record", "Quarter", "Sales"};
  for (int v = 0; v < 30; ++v) {
    const int count = 3 + v % 2;
    std::vector<std::string> head_lines;
    std::string head;
    for (int k = 0; k < count; ++k) {
      std::string line;
      for (int w = 0, n = k + 1 == count ? 1 : k == 0 ? 3 : 2 + static_cast<int>(rng() % 2); w < n; ++w)
        line += (line.empty() ? "" : " ") + words[rng() % words.size()];
      head += (head.empty() ? "" : " ") + line;
      head_lines.push_back(line);
    }
    std::string page;
    for (const std::string& l : head_lines) page += l + "\n";
    page += "\nThe company said it expected the new service to carry more passengers than last year.\n\n"
            "The operator said the boats would join the fleet next spring.\n";
    INFO(page);
    const auto d = reflow_ok(page);
    REQUIRE(d.articles.size() == 1);
    CHECK(d.articles[0].headline == head);
    CHECK(d.articles[0].deck.empty());
  }
}

TEST_CASE("roles: a news item's opening opens a paragraph, so the line over it that ends in a word is a head", "[articles]") {
  // Text with no blank lines (`pdftotext -raw`): "…被逮捕。" / "王市长会见斯里兰卡客人" /
  // "央视网消息（新闻联播）：10月14日…". The opening starts a paragraph: no paragraph goes on
  // into it, and the unpunctuated line over it is the next story's headline.
  std::mt19937 rng(12);
  const std::vector<std::string> words = {"城市", "治理", "港口", "航线", "布局", "货运", "扩能", "产业", "集群", "装备"};
  const std::vector<std::string> outlets = {"央视网消息（新闻联播）：", "新华网消息（记者王明）：", "人民网消息："};
  const auto text = [&](int n) {
    std::string s;
    for (int k = 0; k < n; ++k) s += words[rng() % words.size()];
    return s;
  };
  for (int v = 0; v < 30; ++v) {
    const std::string head1 = text(5), head2 = text(3) + "会见" + text(1);
    std::string page = head1 + "\n";
    page += in_column(outlets[rng() % outlets.size()] + text(10) + "，" + text(8) + "。", 13);
    page += in_column(text(9) + "，" + text(9) + "。", 13);
    page += head2 + "\n";
    page += in_column(outlets[rng() % outlets.size()] + text(10) + "，" + text(8) + "。", 13);
    page += in_column(text(9) + "，" + text(9) + "。", 13);
    INFO(page);
    const auto d = reflow_ok(page);
    CHECK(headlines_of(d) == std::vector<std::string>{head1, head2});
  }
}

TEST_CASE("roles counter-example: a dateline after an opened bracket, or the paper's own in a sentence, goes on", "[articles]") {
  auto d = reflow_ok("城郊湿地公园候鸟数量创新高\n\n" +
                     para("城郊湿地公园今年观测到的候鸟数量创下新高，其中不少是首次记录的种类。（") +
                     "新华社北京4月12日电\n记者王明）\n");
  REQUIRE(d.articles.size() == 1);
  // Nor does the paper's own "本报记者" open a paragraph when a sentence goes on into it.
  const std::string column = in_column("　　近日，湿地公园管理处负责人在城郊湿地公园的观鸟台接受本报记者采访时说，"
                                       "今年观测到的候鸟数量创下新高，其中不少是首次记录的种类。", 14);
  REQUIRE(column.find("\n本报记者") != std::string::npos);
  auto e = reflow_ok("城郊湿地公园候鸟数量创新高\n\n" + column);
  REQUIRE(e.articles.size() == 1);
  CHECK(blocks_of(e).size() == 1);
  // (The dateline stays with its bracket, in whatever block.)
  bool apart = false;
  for (const block& b : d.articles[0].blocks) apart = apart || b.text.starts_with("新华社北京4月12日电");
  CHECK_FALSE(apart);
}

// A Latin page as pdftotext -raw prints one: no blank line anywhere, a headline over its
// deck and byline, the text under them in a narrower column.
constexpr const char* byline_page =
    "After the sale, the fund said it would seek approval from its\n"
    "other holders and the board to merge the two units by the end of\n"
    "June, it said. The board will be asked to vote on the plan at\n"
    "the date of the company's 1987 annual holders meeting, it added.\n"
    "Harbor Freight Raises Route Charges\n"
    "The North Sea bulk rate for grain was\n"
    "raised to 31.50 dlrs a ton.\n"
    "By Peter Hale\n"
    "Harbor Freight Co said it\n"
    "raised the contract rates it will\n"
    "ask for all classes of cargo one dlr\n"
    "a ton, effective today.\n"
    "The increase brings\n"
    "Harbor Freight's main rate for grain\n"
    "to 31.50 dlrs a ton, it said.\n";

TEST_CASE("roles: the line under a byline opens the text", "[roles]") {
  const auto d = reflow_ok(byline_page);
  std::vector<std::string> heads;
  for (const auto& h : headlines_of(d))
    if (!h.empty()) heads.push_back(h);
  CHECK(heads == std::vector<std::string>{"Harbor Freight Raises Route Charges"});
  const auto paragraphs = blocks_of(d);
  CHECK(std::find(paragraphs.begin(), paragraphs.end(),
                  "Harbor Freight Co said it raised the contract rates it will ask for all classes of cargo one dlr a "
                  "ton, effective today.") != paragraphs.end());
}

TEST_CASE("roles: a line in lower case under an unfinished sentence goes on with it, no head", "[roles]") {
  const auto d = reflow_ok(
      "The Evening Ledger Monday, May 4, 2026 Page B2 Business\n"
      "Harbor Board Says Port Needs More Dredging\n"
      "By Lena Ortiz\n"
      "The port would not have closed\n"
      "two berths to its larger ships\n"
      "if it had secured more and quicker\n"
      "funding from official state agencies,\n"
      "board chair Maria Lopez said Monday.\n"
      "She said she would not seek more\n"
      "money from the city council, to which\n"
      "the port paid 922,000 dlrs last year\n"
      "and said the port's problems could not\n"
      "be solved by the council's help alone.\n");
  const auto paragraphs = blocks_of(d);
  REQUIRE_FALSE(paragraphs.empty());
  CHECK(paragraphs[0] ==
        "The port would not have closed two berths to its larger ships if it had secured more and quicker funding "
        "from official state agencies, board chair Maria Lopez said Monday.");
  for (const auto& h : headlines_of(d)) CHECK(h.rfind("two berths", 0) == std::string::npos);
}

TEST_CASE("roles: a title-case Latin line as wide as the column measured around it is still a head", "[roles]") {
  // pdftotext -raw: a head over two columns and a wide caption line make the column look
  // as wide as the head; text is set in sentence case, a head in title case.
  const auto d = reflow_ok(
      "The Daily Courier Friday, March 10, 2026 Page A10 News\n"
      "Harbor Freight Lifts Second Quarter Plans\n"
      "Harbor Freight Co has raised its\n"
      "U.S. freight schedule for the\n"
      "second quarter by 52,000 tons and\n"
      "32,000 crates from previous plans,\n"
      "the trade paper Shipping Weekly\n"
      "Reports said.\n"
      "The trade paper Shipping Journal Reports\n"
      "said. REUTERS/Lena Ortiz\n"
      "The paper, which monitors freight\n"
      "shipping, said Harbor plans to carry\n"
      "485,000 tons in the April-June\n"
      "period, compared to 463,000 for\n");
  CHECK(headlines_of(d).at(0) == "Harbor Freight Lifts Second Quarter Plans");
  const auto paragraphs = blocks_of(d);
  REQUIRE_FALSE(paragraphs.empty());
  CHECK(paragraphs[0].rfind("Harbor Freight Co has raised its U.S. freight schedule", 0) == 0);
}

TEST_CASE("articles: a Latin head between two alike stories heads the one it names, not a section of the first", "[articles][latin]") {
  // Two companies' results read alike ("said its net income rose…"): the text around the
  // second head, short enough for a section heading, is cohesive enough for one, but the
  // head names the company of the text under it, not the one above.
  const std::vector<std::pair<std::string, std::string>> companies = {
      {"Harbour Freight", "Harbour"}, {"Kestrel Foods", "Kestrel"}, {"Brigham Steel", "Brigham"}};
  const auto story = [](const std::string& name, const std::string& short_name) {
    return name + " Inc said its net income for the fourth quarter rose to 12.5 mln dlrs, or 1.10 dlrs a share, from "
                  "9.8 mln dlrs, or 86 cts a share, a year earlier, on sales of 210 mln dlrs.\n" +
           short_name + " said full year net income rose to 41.2 mln dlrs from 35.6 mln dlrs, and sales rose to "
                        "820 mln dlrs from 760 mln dlrs.\n" +
           short_name + " said it expects net income to rise again this year as sales grow.\n";
  };
  const auto head = [](const std::string& short_name, const char* what) {
    return short_name + " <" + short_name.substr(0, 3) + "> " + what;
  };
  for (std::size_t a = 0; a < companies.size(); ++a) {
    const auto& [first, first_short] = companies[a];
    const auto& [second, second_short] = companies[(a + 1) % companies.size()];
    const std::string page = head(first_short, "Year Net") + "\n" + story(first, first_short) + head(second_short, "4th Qtr Net") +
                             "\n" + story(second, second_short);
    INFO(page);
    const auto d = reflow_ok(page);
    CHECK(headlines_of(d) == std::vector<std::string>{head(first_short, "Year Net"), head(second_short, "4th Qtr Net")});
  }
}

TEST_CASE("articles: on a web copy that indents its paragraphs, a short one at the indent is no head", "[articles][latin]") {
  // A paragraph a line, each indented, heads flush left: the indent is the page's margin,
  // and a short paragraph with a few names in capitals ("    Larkfield has received competing
  // bids from Ashby Western Corp and Bay Air Corp.") is a paragraph like the others.
  const std::vector<std::string> heads = {"Larkfield <Lkf> Takes No Action", "Harbour Freight Volume Rises Again",
                                          "City Council Approves New Budget"};
  const std::vector<std::string> short_ones = {"Larkfield has received competing bids from Ashby Western Corp and Bay Air Corp.",
                                               "The Port Authority expects Harbour Street to reopen in May.",
                                               "Mayor Jane Moss signed the budget on Friday in City Hall."};
  const std::string long_one = "The company said in a statement issued after the meeting that it would continue to review "
                               "its options and report to shareholders when the board had reached a decision on the matter.";
  for (const std::string indent : {"    ", "  "})
    for (std::size_t k = 0; k < heads.size(); ++k) {
      std::string page;
      for (std::size_t h = 0; h < heads.size(); ++h) {
        page += heads[h] + "\n" + indent + long_one + "\n";
        if (h == k) page += indent + short_ones[h] + "\n";
        page += indent + long_one + " It added that no further announcement was expected today.\n";
      }
      INFO(page);
      const auto d = reflow_ok(page);
      CHECK(headlines_of(d) == heads);
    }
}

TEST_CASE("articles: unwrapped Chinese text keeps a kicker over its headline and a subtitle under it", "[articles]") {
  // A web copy: every block one line, no column to measure, no blank lines. The kicker, the
  // headline and the dash-led subtitle are stacked as in print, not three heads.
  const std::string para1 =
      "央视网消息：连日来，全国各地的农民抓住晴好天气抢收秋粮，大型收割机在田间来回穿梭，一派繁忙景象，今年的秋粮又是一个丰收年，各地粮食收购工作也在有序进行，农民们的脸上洋溢着丰收的喜悦。";
  const std::string para2 =
      "金秋时节，稻谷飘香。在黑龙江垦区的农场里，大型收割机正在收割水稻，当地农业部门组织农机手和技术人员加班加点，确保颗粒归仓，力争把丰收的粮食及时收进仓库里面，让农民的辛苦付出得到应有的回报。";
  const std::string other =
      "央视网消息：城郊湿地公园今年观测到的候鸟数量创下新高，其中不少是首次记录的种类，志愿者在湿地里记录候鸟的种类和数量，并向游客讲解保护候鸟和湿地的知识和意义，吸引了越来越多的市民前来参观。";
  auto d = reflow_ok("在希望的田野上\n稻谷飘香各地秋收忙\n——在黑龙江垦区的农场里\n" + para1 + "\n" + para2 + "\n" +
                     "城郊湿地公园候鸟数量创新高\n" + other + "\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].headline == "稻谷飘香各地秋收忙");
  CHECK(d.articles[0].deck == std::vector<std::string>{"在希望的田野上", "——在黑龙江垦区的农场里"});
  CHECK(d.articles[0].blocks.size() == 2);
  CHECK(d.articles[1].headline == "城郊湿地公园候鸟数量创新高");
}

TEST_CASE("articles: the rest of a title cut off elsewhere, set apart, is no head: it closes what it did not open", "[articles]") {
  // A credit cut off inside the title it names, its rest printed after another story: the
  // line closes a quote and a title it never opened, so it stands in the middle of a text.
  const std::string page =
      "推倒小区间的“隔心墙”\n\n" + para("跨区域协同发展离不开制度衔接，相邻地区要打通规则壁垒，让要素自由流动起来。", 14) +
      "（摘编自《江南日报》，原题为\n《如何推倒小\n\n"
      "伊朗公布总统遗体告别安排\n\n" + para("伊朗政府二十日召开会议，宣布全国哀悼五天，并公布了遗体告别和葬礼的安排。", 14) +
      para("联合国安理会在会议前全体起立默哀一分钟，秘书长当天发表声明表示哀悼。", 14) + "\n"
      "区间的“隔心墙”》）\n\n"
      "主动作为保障群众病有所医\n\n" + para("南京警方斩断多条扰乱医疗秩序的黑色产业链，打击倒卖号源的“黄牛”。", 14);
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"推倒小区间的“隔心墙”", "伊朗公布总统遗体告别安排", "主动作为保障群众病有所医"});
  std::string all;
  for (const article& a : d.articles)
    for (const block& b : a.blocks) all += b.text;
  CHECK(all.find("区间的“隔心墙”》）") != std::string::npos);  // (kept, as text)
  using galley::detail::closes_unopened;
  CHECK(closes_unopened(U"区间的“隔心墙”》）"));
  CHECK(closes_unopened(U"湖”国际论坛（南湖）致贺信"));
  CHECK_FALSE(closes_unopened(U"市长向2026年“航运南湖”国际论坛致贺信"));
  CHECK_FALSE(closes_unopened(U"推倒小区间的“隔心墙”（纵横）"));
}

TEST_CASE("roles: a news item's opening spread by justification is still a dateline, never a head", "[roles]") {
  // A justified column spaces its characters out; the opening of the next story, cut off
  // at the column's end after a credit, reads as what it is without the spaces.
  const std::string page = "格陵兰岛政党领导人表示拒绝\n\n" +
                           para("丹麦自治领地格陵兰岛各政党领导人九日发表联合声明，希望美国停止对格陵兰岛的“蔑视”。", 16) +
                           "据新华社\n\n"
                           "央 视 网 消 息 （ 新 闻 联 播 ） ： 根 据 伊 朗\n\n"
                           "强降雨袭击南方沿海多地\n\n" +
                           para("据省防汛部门消息，强降雨二十日继续袭击南方沿海多地，造成多处出现内涝。", 16);
  const document d = reflow_ok(page);
  std::vector<std::string> heads = headlines_of(d);
  std::erase(heads, "");  // (the cut-off opening is a story of its own, its head elsewhere)
  CHECK(heads == std::vector<std::string>{"格陵兰岛政党领导人表示拒绝", "强降雨袭击南方沿海多地"});
  CHECK(blocks_of(d).size() == 3);  // (the opening kept as text)
}

TEST_CASE("roles: on a page of title-case heads, a line in sentence case set apart under text is text", "[roles]") {
  // A paragraph's first line set apart by a column break: on this page every head is in
  // title case, so the line in sentence case goes on with the text under it.
  const std::string page =
      "Harbour Ferry Resumes Crossings\n\n"
      "The harbour ferry has resumed its regular timetable across the bay after\n"
      "repairs to the vessel's engines, the operator said on Monday.\n\n"
      "Airlines Fined After Safety Inspections\n\n"
      "Federal officials fined two regional airlines for maintenance lapses\n"
      "found during special inspections last year, the agency said.\n\n"
      "The smaller fine is the last to come out of the special inspections,\n"
      "the officials said.\n\n"
      "As a result of the inspections carried out, the Northern\n\n"
      "Coast Line was fined a record two mln dlrs and the Southern Air line\n"
      "was penalized one mln dlrs, the officials said.\n\n"
      "Orchard Growers Expect Record Apple Crop\n\n"
      "Apple growers in the valley said on Monday that warm weather and steady\n"
      "rain in spring should bring the largest crop in a decade.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"Harbour Ferry Resumes Crossings", "Airlines Fined After Safety Inspections",
                                                    "Orchard Growers Expect Record Apple Crop"});
  // On a page whose heads are in sentence case, such a line may be a head.
  std::string sentence_page = page;
  for (const auto& [title, sentence] : {std::pair{"Harbour Ferry Resumes Crossings", "Harbour ferry resumes crossings"},
                                        std::pair{"Airlines Fined After Safety Inspections", "Airlines fined after safety inspections"},
                                        std::pair{"Orchard Growers Expect Record Apple Crop", "Orchard growers expect record apple crop"}})
    sentence_page.replace(sentence_page.find(title), std::string_view(title).size(), sentence);
  CHECK(headlines_of(reflow_ok(sentence_page)).size() == 4);
}

TEST_CASE("roles: a title-case head line that stops at a capitalised function word goes on in the next line", "[roles][latin]") {
  using galley::detail::ends_in_capitalised_function_word;
  CHECK(ends_in_capitalised_function_word(U"U.S. Dairy Quota Program Cut Seen Likely In"));
  CHECK(ends_in_capitalised_function_word(U"Trade Shortfall Cited As"));
  CHECK_FALSE(ends_in_capitalised_function_word(U"the chairman said in"));  // lower case: a sentence's
  CHECK_FALSE(ends_in_capitalised_function_word(U"Shares Traded IN"));      // capitals: no title-case word
  CHECK_FALSE(ends_in_capitalised_function_word(U"Copper Stocks Increase"));
  // A page as a browser's PDF viewer copies it: no blank line anywhere, heads and text in
  // the content stream's order. The head's last line, a word or a year, is no text's start.
  const std::string page =
      "Nickel Stocks Outside U.S. Expanded In November\n"
      "Nickel stocks kept by smelters outside the U.S. climbed once again to\n"
      "a record in November, the World Bureau of Metal Statistics said.\n"
      "<Fell Runner> To Sell Vehicles In\n"
      "U.S.\n"
      "Fell Runner of North America Inc, a subsidiary of the British Fell Motor\n"
      "Works, said it would start offering its rugged off-road models in the\n"
      "United States April 19 at a recommended list price of 28,450 dlrs.\n"
      "U.S. Dairy Quota\n"
      "Program Cut\n"
      "Seen Likely In\n"
      "1988\n"
      "The chairman of the U.S. Senate farm subcommittee on milk, cattle and\n"
      "poultry issues said he expects the dairy quota program to be cut.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"Nickel Stocks Outside U.S. Expanded In November",
                                                    "<Fell Runner> To Sell Vehicles In U.S.",
                                                    "U.S. Dairy Quota Program Cut Seen Likely In 1988"});
  for (const auto& a : d.articles) CHECK(a.deck.empty());
}

TEST_CASE("roles: a title-case head may hold a comma, or end its first line in one, text naming names does not read so", "[roles][latin]") {
  using galley::detail::lower_case_words_are_function_words;
  CHECK(lower_case_words_are_function_words(U"Honduras To Sell Cocoa, London Dealers Say"));
  CHECK(lower_case_words_are_function_words(U"U.S. and Japan Agree on Chips"));
  CHECK_FALSE(lower_case_words_are_function_words(U"Varela met his Swiss counterpart Hans Brunner,"));
  // A page as a browser's PDF viewer copies it: no blank line anywhere.
  const std::string page =
      "Malian Economy Faces Setbacks,\n"
      "President Says\n"
      "The Malian economy has entered a spell of hardship after a record harvest, and the\n"
      "country must tighten its belt, President Seydou Kane Dia said.\n"
      "(Reuters)\n"
      "Honduras To Sell Cocoa, London Dealers Say\n"
      "Honduras is running a quick sales tender this evening for a single shipload of\n"
      "cocoa beans, dealers said.\n"
      "Brazilian Finance Minister Paulo Varela met his Swiss counterpart Hans Brunner,\n"
      "Economics Minister Jean-Marc Vollenweid and National Bank President Claude\n"
      "Fontaine on Friday to discuss the debt problem.\n"
      "The offering was made through PaineWebber Inc, The First Boston Corp <FBC> and\n"
      "Salomon Inc <SB>, the company said.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"Malian Economy Faces Setbacks, President Says",
                                                    "Honduras To Sell Cocoa, London Dealers Say"});
}

TEST_CASE("roles: a head line half as wide as the head line over it is the head's last, the title-case line under it is text", "[roles][latin]") {
  // A page as a browser's PDF viewer copies it, narrow columns and no blank line (a story's
  // end over the head): the text's first line names names in title case, as the head's lines do.
  const std::string page =
      "Copper cathode stocks held by\n"
      "warehouses outside the U.S.\n"
      "increased to a record in\n"
      "December, the World Survey of\n"
      "Metal Stockpiles said.\n"
      "Kowalczewski\n"
      "Unwilling To Back Tax\n"
      "Hike\n"
      "House Tax and Budget\n"
      "Committee Chairman Ted\n"
      "Kowalczewski said he was\n"
      "unwilling to seek a tax\n"
      "increase this year to cut the\n"
      "budget deficit.\n"
      "Cotton Price Talks\n"
      "Progress But No\n"
      "Agreement Yet\n"
      "Cotton price talks during\n"
      "Union Cotton Growers\n"
      "Association's annual meeting\n"
      "here went on into the evening,\n"
      "delegates said.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"", "Kowalczewski Unwilling To Back Tax Hike",
                                                    "Cotton Price Talks Progress But No Agreement Yet"});
}

TEST_CASE("roles: a title-case head stacked in a narrow column, no blank line about it, is one head over its lead", "[roles][latin]") {
  // As pdftotext -raw reads a page of narrow columns: each head line two or three words,
  // each word capitalised, between a story's last sentence and the next story's lead. The
  // lead may open in names, the head's first word again among them, or in a title that
  // fills the column; the widths of the head's lines say nothing of a deck.
  const std::string page =
      "neighbours whose overland\n"
      "trade totals about 175\n"
      "billion dlrs in goods.\n"
      "Malian Economy\n"
      "Faces Setbacks,\n"
      "President Says\n"
      "The Malian tea sector\n"
      "has hit a spell of hardship\n"
      "after a record harvest, and\n"
      "the nation needs to trim\n"
      "its imports to stop the\n"
      "balance of payments\n"
      "slipping too far into\n"
      "deficit, President Joseph\n"
      "Mbae Oti said.\n"
      "Kelmark Business <Kbs> Unit\n"
      "Buys Brandell Unit\n"
      "Kelmark Business Systems\n"
      "Inc's Kelmark Tara division\n"
      "has agreed to obtain the\n"
      "Brandell America Co, a\n"
      "maker of scales, for an\n"
      "undisclosed sum.\n"
      "Ferlucci In\n"
      "Insurance Services\n"
      "Joint Venture\n"
      "Ferlucci Group Spa said it\n"
      "reached agreement with a\n"
      "bank to set up an insurance\n"
      "services company.\n"
      "Hartley Plans Trade Trip\n"
      "To Chile This Spring\n"
      "U.S. Trade Representative Preston\n"
      "Hartley said he plans a June trip to\n"
      "Chile to discuss trade issues.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"", "Malian Economy Faces Setbacks, President Says",
                                                    "Kelmark Business <Kbs> Unit Buys Brandell Unit",
                                                    "Ferlucci In Insurance Services Joint Venture",
                                                    "Hartley Plans Trade Trip To Chile This Spring"});
  for (const auto& a : d.articles) CHECK(a.deck.empty());
}

TEST_CASE("roles: a title-case head stacked in a narrow column goes on under a line broken at a hyphen", "[roles][latin]") {
  // A head wraps at a compound's hyphen or before a dash and its source, as any line does:
  // the line under it is the head's, in whatever case ("2-For-" / "1", which alone reads as
  // a page's number), and a short one ends it over the lead, which may open in names.
  const std::string page =
      "investors were not named by\n"
      "the company in its statement.\n"
      "Harbour Bank\n"
      "Sells Mortgage-\n"
      "Backed Notes\n"
      "Harbour Bank of Canada said\n"
      "it sold 200 mln dlrs of notes\n"
      "backed by home loans.\n"
      "Delta Mills Inc\n"
      "Splits Stock 3-For-\n"
      "1\n"
      "Delta Mills Inc said it\n"
      "will split its stock three\n"
      "for one in April.\n"
      "Ec Driving To\n"
      "Capture Rice\n"
      "Market -\n"
      "Usda\n"
      "The European\n"
      "Community sold rice to\n"
      "Peru at low prices, the\n"
      "department said.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"", "Harbour Bank Sells Mortgage-Backed Notes", "Delta Mills Inc Splits Stock 3-For-1",
                                                    "Ec Driving To Capture Rice Market - Usda"});
}

TEST_CASE("roles: a title-case line opened by an article under a head line opens the lead", "[roles][latin]") {
  // Headlines drop articles: under a head set across the columns, or stacked in one, a line
  // opened by "The" is the lead's first, whatever its capitals (it names names); under a
  // head line that stops at "Of" it is the head's.
  const std::string page =
      "Grain Board Said Unlikely To Raise Wheat Price Support\n"
      "The U.S. Grain Board\n"
      "will probably not raise\n"
      "the support price for\n"
      "wheat this season, its\n"
      "officials said.\n"
      "Ec Names New\n"
      "Farm Chief\n"
      "The European\n"
      "Community Farm Board\n"
      "today named its deputy\n"
      "head of farm policy.\n"
      "Bank Of\n"
      "The Rockies\n"
      "Lifts Dividend\n"
      "Bank of the Rockies Inc\n"
      "said it raised its dividend\n"
      "by two cts a share.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"Grain Board Said Unlikely To Raise Wheat Price Support", "Ec Names New Farm Chief",
                                                    "Bank Of The Rockies Lifts Dividend"});
  REQUIRE(d.articles.size() == 3);
  REQUIRE(!d.articles[1].blocks.empty());
  CHECK(d.articles[1].blocks[0].text.starts_with("The European Community Farm Board"));
}

TEST_CASE("roles: a one-line title-case head under finished text, no blank line about it, is a head over its lead", "[roles][latin]") {
  // As pdftotext -raw reads a head set on one line over its lead: five words or more, each
  // capitalised, between a story's last sentence and a line of text in sentence case. A
  // paragraph opening in four names ("U.S. Trade Representative Preston") is no head.
  const std::string page =
      "The company did not say how much it paid for\n"
      "the plant, which employs 300 people.\n"
      "Zaire Accepts Tin Export Quota, Atpc Says\n"
      "Zaire agreed to cap its tin shipments at 1,480\n"
      "tonnes for the next twelve months, the\n"
      "association said.\n"
      "U.S. Trade Representative Preston\n"
      "Hartley said he plans a June trip to\n"
      "China to discuss trade issues.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"", "Zaire Accepts Tin Export Quota, Atpc Says"});
  REQUIRE(d.articles.size() == 2);
  REQUIRE(d.articles[1].blocks.size() == 2);
  CHECK(d.articles[1].blocks[1].text.starts_with("U.S. Trade Representative Preston Hartley said"));
}

TEST_CASE("roles: a stacked head's last line that the line under it goes on from opens the lead", "[roles][latin]") {
  // The lead opens in names, capitalised as the head's lines are, and goes on after a
  // bracket: the line it goes on from is the lead's, not the head's last.
  const std::string page =
      "the bill, which passed the House\n"
      "last year, the aide said.\n"
      "Senators Introduce\n"
      "Import Licensing\n"
      "Repeal Bill\n"
      "Sens. Paul Whitmore\n"
      "(D-Ore.) and Thomas Reade\n"
      "(R-Mont.) introduced a bill\n"
      "to ease export licensing.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"", "Senators Introduce Import Licensing Repeal Bill"});
}

TEST_CASE("roles: the line under a stacked head that the lead goes on from in lower case opens the lead", "[roles][latin]") {
  // The lead opens in a company's names, each capitalised, narrower than the column: the
  // line under it going on in lower case, or its opening on the head's first word, says it
  // is the lead's first, not the head's last.
  const std::string page =
      "The company did not say how much it paid for the plant, which\n"
      "employs 300 people in the region and ships abroad.\n"
      "Delta Foods <Dfi> Unit To Offer Pre-\n"
      "Approved Credit\n"
      "General Finance Corp's Retail Services\n"
      "said it plans to offer five billion dlrs in credit to\n"
      "its customers this year, the company said on Monday.\n"
      "Harbour Oil <Hbo> Unit To Build Refinery\n"
      "Harbour Oil Corp's Coastal Refining Co's\n"
      "subsidiary, the region's largest refiner, said it\n"
      "will build a refinery near the port by next year.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"", "Delta Foods <Dfi> Unit To Offer Pre-Approved Credit", "Harbour Oil <Hbo> Unit To Build Refinery"});
  REQUIRE(d.articles.size() == 3);
  REQUIRE(!d.articles[1].blocks.empty());
  CHECK(d.articles[1].blocks[0].text.starts_with("General Finance Corp's Retail Services said"));
  REQUIRE(!d.articles[2].blocks.empty());
  CHECK(d.articles[2].blocks[0].text.starts_with("Harbour Oil Corp's Coastal Refining Co's subsidiary"));
}

TEST_CASE("roles: a title-case line opened by an article under a head's one-word last line opens the lead", "[roles][latin]") {
  // A head stacked in a narrow column may end on one word ("Nigeria"): the line under it,
  // opened by "The", is the lead's, as under a longer head line.
  const std::string page =
      "the loan was no\n"
      "longer available as a\n"
      "facility, having been\n"
      "drawn at a rate of\n"
      "94 stg pct this\n"
      "morning.\n"
      "(Reuters)\n"
      "Ief Approves 110.5\n"
      "Mln Sdr'S For\n"
      "Nigeria\n"
      "The International\n"
      "Exchange Fund said it\n"
      "approved 110.5 mln\n"
      "SDR's to assist\n"
      "development in\n"
      "Nigeria.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"", "Ief Approves 110.5 Mln Sdr'S For Nigeria"});
  REQUIRE(d.articles.size() == 2);
  REQUIRE(!d.articles[1].blocks.empty());
  CHECK(d.articles[1].blocks[0].text.starts_with("The International Exchange Fund said"));
}

TEST_CASE("roles: a stacked head line under one that stops at a capitalised \"And\" goes on with it, whatever its first word", "[roles][latin]") {
  // "Marks And" / "Marks Buys": the head's first word again, but under a line its head
  // goes on from (a company named twice), not the lead's opening.
  const std::string page =
      "first quarter of next year.\n"
      "(Reuters)\n"
      "Marks And\n"
      "Marks Buys\n"
      "Boston\n"
      "Retailer\n"
      "Clothing retailers Marks\n"
      "and Marks said it bought\n"
      "a Boston store chain.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"", "Marks And Marks Buys Boston Retailer"});
}

TEST_CASE("roles: a line of figures under a stacked head's line is the head's tail", "[roles][latin]") {
  // A wire head ends on a figure ("…From Year-Ago 10,987"), wrapped alone on a line of the
  // narrow column: no word, so no capitalised line, yet the head's.
  const std::string page =
      "year's output, analysts said.\n"
      "(Reuters)\n"
      "Chrysler Canada\n"
      "March Truck Sales\n"
      "Rise To 12,345 Units\n"
      "From Year-Ago\n"
      "10,987\n"
      "Drilling for gas in Alberta\n"
      "is expected to stay near last\n"
      "year's greatly reduced\n"
      "pace, industry officials\n"
      "said on Monday.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"", "Chrysler Canada March Truck Sales Rise To 12,345 Units From Year-Ago 10,987"});
}

TEST_CASE("roles: a long wire head stacked seven lines deep in a narrow column is one head", "[roles][latin]") {
  // A column of a dozen letters wraps a wire head of ten words to seven lines, over a byline.
  const std::string page =
      "However, officials said no\n"
      "answer to the question of how\n"
      "to share the cost was yet\n"
      "in sight.\n"
      "General Motors\n"
      "Canada\n"
      "March Truck\n"
      "Sales Rise To\n"
      "12,345 Units\n"
      "From Year-Ago\n"
      "10,987\n"
      "By Tom Becker\n"
      "North Ventures Inc said it\n"
      "and its venture associate\n"
      "<Harbour Corp> have\n"
      "signed a preliminary deal\n"
      "to build a plant.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"", "General Motors Canada March Truck Sales Rise To 12,345 Units From Year-Ago 10,987"});
}

TEST_CASE("roles: a stacked line that names a word of the head's lines again opens the lead", "[roles][latin]") {
  // The lead names the head's subject again in its names line ("Deputy Treasury"), which
  // reads as the head going on; a head's second line may repeat its first's word ("Exchange
  // Bank" / "<Excg> Sees Bank"), which stays the head's.
  const std::string page =
      "fees, the company said.\n"
      "(Reuters)\n"
      "Treasury'S Baker\n"
      "Backs Loan\n"
      "Swaps\n"
      "Deputy Treasury\n"
      "Secretary Peter Baker\n"
      "said he prefers loan\n"
      "swaps to help heavily\n"
      "indebted countries\n"
      "over quick fixes.\n";
  CHECK(headlines_of(reflow_ok(page)) == std::vector<std::string>{"", "Treasury'S Baker Backs Loan Swaps"});
  const std::string second =
      "fees, the company said.\n"
      "(Reuters)\n"
      "Harbour Bank\n"
      "<Hbk> Sees Bank\n"
      "Industry Shakeout\n"
      "Possibilities for medium-\n"
      "sized banks to prosper in the\n"
      "region will grow, its\n"
      "chairman said.\n";
  CHECK(headlines_of(reflow_ok(second)) == std::vector<std::string>{"", "Harbour Bank <Hbk> Sees Bank Industry Shakeout"});
}

TEST_CASE("roles: a head stacked under a sentence that ends on an abbreviation is a head", "[roles][latin]") {
  // "Inc." ends the sentence as well as the name: the stack of capitals under it is a head.
  const std::string page =
      "The lead manager for the\n"
      "issue is Salomon\n"
      "Brothers International Inc.\n"
      "Supplies Of U.K.\n"
      "Index-Linked Stock\n"
      "Exhausted\n"
      "The Government\n"
      "broker's holdings of a\n"
      "250 mln stg block of\n"
      "two pct Treasury\n"
      "index-linked bonds due\n"
      "1996 were exhausted\n"
      "in early trading, the\n"
      "monetary agency said.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"", "Supplies Of U.K. Index-Linked Stock Exhausted"});
}

// The end of a narrow column's story and its credit, over the heads below (pdftotext -raw).
static const std::string narrow_story_end =
    "Harbour workers from\n"
    "nearby towns make up\n"
    "nearly a third of the\n"
    "labour force at the port.\n"
    "The union leaders also\n"
    "demanded a stop to the\n"
    "system of short contracts\n"
    "for seasonal workers, to be\n"
    "replaced by yearly terms\n"
    "so that workers could plan\n"
    "for their families.\n"
    "(Reuters)\n";

TEST_CASE("roles: a title-case head that ends in a period is a head, not a sentence of text", "[roles][latin]") {
  // Each word capitalised, four or more: a sentence names its verb in lower case. A line of
  // three such words is no head for it.
  const std::string page = narrow_story_end +
                           "Harbour Trust Prices Yen Bond Issue.\n"
                           "Which the bank will sell to investors in Tokyo\n"
                           "in two tranches\n"
                           "Harbour Trust Co said it priced a 20 billion yen bond issue\n"
                           "with a coupon of five pct, lead managed by Nomura Securities\n"
                           "Co and Daiwa Securities Co, and due in 1994.\n"
                           "The issue is due 1994, the bank said.\n";
  CHECK(headlines_of(reflow_ok(page)) == std::vector<std::string>{"", "Harbour Trust Prices Yen Bond Issue."});
  const std::string three = narrow_story_end +
                            "Terms Not Disclosed.\n"
                            "Harbour Trust Co said it priced a 20 billion yen bond issue\n"
                            "with a coupon of five pct, lead managed by Nomura Securities\n"
                            "Co and Daiwa Securities Co, and due in 1994.\n";
  for (const std::string& h : headlines_of(reflow_ok(three))) CHECK(h.empty());
}

TEST_CASE("roles: one short title-case line of four words over a far wider lead is a head", "[roles][latin]") {
  // A paragraph's line stops short of the lines under it only at the paragraph's end, which
  // ends a sentence.
  const std::string page = narrow_story_end +
                           "Harbour <Hbr> Director Quits\n"
                           "SeaCon Corp, a subsidiary of Harbour Shipping Corp <HBR>,\n"
                           "said Paul Varga has resigned as president and chief\n"
                           "executive and his duties will be taken on by the\n"
                           "SeaCon chairman Ann Kerr.\n"
                           "No cause was stated.\n";
  CHECK(headlines_of(reflow_ok(page)) == std::vector<std::string>{"", "Harbour <Hbr> Director Quits"});
}

TEST_CASE("roles: a stacked line opened by the head's first word in another form opens the lead", "[roles][latin]") {
  // "Japanese" / "Japan": the lead names the head's subject again, its names line reading
  // as the head going on.
  const std::string page =
      "rates on the dollar.\n"
      "(Reuters)\n"
      "Japanese Banks Seek\n"
      "Wider Lending Role\n"
      "Japan Finance Chief\n"
      "Kiichi Ohara told bankers\n"
      "that rules on lending\n"
      "to small firms will ease.\n";
  CHECK(headlines_of(reflow_ok(page)) == std::vector<std::string>{"", "Japanese Banks Seek Wider Lending Role"});
}

TEST_CASE("roles: a short line in sentence case that the line under it goes on from in lower case is text, not a head", "[roles][latin]") {
  // A paragraph's first line stopped short (pdftotext -raw, a line printed narrower than the
  // column): the sentence runs on under it, where a head's own line would go on.
  const std::string page =
      "Harbour Bank <Hbk> To Issue Convertible\n"
      "Bond\n"
      "Harbour Bank said it would issue 120 mln dlrs\n"
      "of seven-year convertible eurobonds, a placement\n"
      "to be lead-managed by <Harbour Securities Ltd>.\n"
      "Harbour chairman Ann Kerr told a news\n"
      "conference that the bonds, to be placed on the main\n"
      "European markets and listed in Zurich and Bern,\n"
      "would be the first such issue by a bank of the region.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"Harbour Bank <Hbk> To Issue Convertible Bond"});
  CHECK(d.articles.at(0).blocks.size() == 2);
}

TEST_CASE("roles: a caption wrapped about its credit's line is one caption, not a head", "[roles][latin]") {
  // The photographer's name wrapped: under an open bracket, the line that closes it; under a
  // credit's slash, one capitalised word. A head under either stands alone.
  const auto page = [](const std::string& caption) {
    return "Harbour Ferry Service Resumes\n"
           "The ferry service across the bay resumed on Monday after\n"
           "repairs to the pier were finished ahead of time.\n"
           "The first crossing drew a crowd of about 300 people.\n" +
           caption +
           "City Council Backs New Budget\n"
           "The city council approved a budget of 40 mln dlrs for the\n"
           "coming year after a debate that ran late into the night.\n";
  };
  for (const auto& [caption, whole] : std::vector<std::pair<std::string, std::string>>{
           {"Passengers board the first ferry in two weeks. (Photo: Ann\nKerr)\n", "(Photo: Ann Kerr)"},
           {"Passengers board the first ferry in two weeks. (Photo:\nAnn Kerr)\n", "(Photo: Ann Kerr)"},
           {"Passengers board the first ferry in two weeks. REUTERS/Ann\nKerr\n", "REUTERS/Ann Kerr"},
           // (The caption's sentence over its credit's line, which opens in lower case: its.)
           {"No delays have been reported and no further\nrepairs. REUTERS/Ann Kerr\n", "No delays have been reported and no further repairs. REUTERS/Ann Kerr"}}) {
    const document d = reflow_ok(page(caption));
    CHECK(headlines_of(d) == std::vector<std::string>{"Harbour Ferry Service Resumes", "City Council Backs New Budget"});
    const block& last = d.articles.at(0).blocks.back();
    CHECK(last.kind == block_kind::caption);
    CHECK(last.text.ends_with(whole));
  }
}

TEST_CASE("roles: a title-case head line ending in an initial's period goes on in the line under it", "[roles][latin]") {
  // "S." is no word a head ends on: the line under it is the head's, not a second head.
  const std::string page = narrow_story_end +
                           "Harbour Bank Says S.\n"
                           "American Debtors Talking\n"
                           "Harbour Bank said on Monday that\n"
                           "talks with its South American\n"
                           "debtors were still going on.\n";
  const std::vector<std::string> heads = headlines_of(reflow_ok(page));
  CHECK(std::find(heads.begin(), heads.end(), "Harbour Bank Says S.") == heads.end());
}

TEST_CASE("roles: a stacked head's line under one cut at a capitalised \"To\" is the head's, whatever the line under it", "[roles][latin]") {
  // The lead opens mid-sentence, in lower case (a wire story cut at its top): the line over
  // it still ends the head that "Limps To" goes on in.
  const std::string page =
      "credit.\n"
      "(Reuters)\n"
      "Chile Anti-\n"
      "Inflation Plan\n"
      "Limps To\n"
      "Anniversary\n"
      "inflation plan, which was\n"
      "hailed by most economists\n"
      "as a success, is in trouble.\n";
  const document d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"", "Chile Anti-Inflation Plan Limps To Anniversary"});
}

TEST_CASE("articles: a story set inside another's cut, its head printed after it, is that head's", "[articles][latin]") {
  // The ferry story stops mid-sentence at a column's foot; the board story follows, its head
  // printed after it, and under the head the ferry story's sentence goes on. The board's head
  // names none of its story's words: only the order tells.
  const std::string cut =
      "Harbour Ferry Resumes Crossings\n\n"
      "The harbour ferry has resumed its regular timetable across the bay after repairs\nto the vessel's engines.\n\n"
      "Passengers waiting at the north pier were offered refunds while the engines were\nstripped and rebuilt by a team from the\n\n";
  // (Its second paragraph speaks of the ferry too, as neighbours on a page do: no shift of
  // topic parts it from the ferry story.)
  const std::string board =
      "Members voted on Tuesday to appoint Maria Lopez, a former shipping executive,\nfor a term of three years.\n\n"
      "Lopez said the board would review the harbour ferry timetable and the refunds\noffered to passengers at the north pier.\n\n";
  const std::string rest = "shipyard in the south, the operator said.\n\n";
  auto d = reflow_ok(cut + board + "Port Authority Elects New Chair\n\n" + rest + wheat);
  REQUIRE(d.articles.size() == 3);
  CHECK(d.articles[0].headline == "Harbour Ferry Resumes Crossings");
  REQUIRE(d.articles[0].blocks.size() == 2);
  CHECK(d.articles[0].blocks[1].text.ends_with("by a team from the shipyard in the south, the operator said."));
  CHECK(d.articles[1].headline == "Port Authority Elects New Chair");
  REQUIRE(d.articles[1].blocks.size() == 2);
  CHECK(d.articles[1].blocks[0].text.starts_with("Members voted"));
  CHECK(d.articles[2].headline == "Wheat Harvest Expected To Grow");
  // Counter-example: text that itself goes on from somewhere is no story's lead: it stays.
  auto e = reflow_ok(cut + "of the council, the mayor said.\n\n" + "Port Authority Elects New Chair\n\n" + rest + wheat);
  for (const article& a : e.articles)
    if (a.headline == "Port Authority Elects New Chair")
      for (const block& b : a.blocks) CHECK_FALSE(b.text.starts_with("of the council"));
}

TEST_CASE("articles: a story set inside another's cut, its head elsewhere, is parted from the story it interrupts", "[articles][latin]") {
  // The ferry story stops mid-sentence; the board story follows, headless here; the ferry's
  // sentence goes on, then its next paragraph; the board's head is printed at the page's
  // end. Found by its words, the board story must not take the ferry's last paragraph with it.
  const std::string page =
      "Harbour Ferry Resumes Crossings\n\n"
      "The harbour ferry has resumed its regular timetable across the bay after repairs\nto the vessel's engines.\n\n"
      "Passengers waiting at the north pier were offered refunds while the engines were\nstripped and rebuilt by a team from the\n\n"
      "Members of the port board voted on Tuesday to appoint Maria Lopez, a former\nshipping executive, as its chair for a term of three years.\n\n"
      "Lopez said the board would publish the minutes of every meeting online.\n\n"
      "shipyard in the south, the operator said.\n\n"
      "The first crossing left the north pier at seven in the morning with a full deck\nof commuters and their bicycles.\n\n" +
      wheat + "Port Board Appoints Maria Lopez As Chair\n";
  auto d = reflow_ok(page);
  REQUIRE(d.articles.size() == 3);
  CHECK(d.articles[0].headline == "Harbour Ferry Resumes Crossings");
  REQUIRE(d.articles[0].blocks.size() == 3);
  CHECK(d.articles[0].blocks[1].text.ends_with("by a team from the shipyard in the south, the operator said."));
  CHECK(d.articles[0].blocks[2].text.starts_with("The first crossing"));
  CHECK(d.articles[1].headline == "Port Board Appoints Maria Lopez As Chair");
  REQUIRE(d.articles[1].blocks.size() == 2);
  CHECK(d.articles[1].blocks[1].text.starts_with("Lopez said"));
}

namespace {
// Two stories with sentence-case heads (as most papers set them now), each over its byline;
// the first head wraps after `first_line`, its second line opening in lower case.
std::string sentence_case_page(const std::string& first_line, const std::string& second_line) {
  return first_line + "\n" + second_line + "\n\nBy Jane Moss\n\n"
         "    Members of the port board voted\non Tuesday to appoint Maria Lopez, a\nformer shipping executive, as chair\n"
         "for a term of three years, the board\nsaid in a statement.\n"
         "    Lopez said the board would\npublish the minutes of every meeting\nonline within a week of each sitting.\n\n"
         "Wheat growers expect larger harvest\n\nBy Tom Becker\n\n"
         "    Wheat growers in the northern\nplains expect a larger harvest this\nautumn after steady rain in spring,\n"
         "their association said on Monday.\n"
         "    Grain elevators are being cleaned\nand inspected ahead of the harvest,\nthe association said.\n";
}
}  // namespace

TEST_CASE("roles: lines set apart right over a byline are a head, in sentence case too", "[roles][latin]") {
  // Two lines as wide as the column, in sentence case: text by their look, a head by their place.
  auto d = reflow_ok(sentence_case_page("Harbour board appoints a new chair", "for the coming three years"));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].headline == "Harbour board appoints a new chair for the coming three years");
  REQUIRE_FALSE(d.articles[0].blocks.empty());
  CHECK(d.articles[0].blocks[0].text == "By Jane Moss");
  CHECK(d.articles[1].headline == "Wheat growers expect larger harvest");
}

TEST_CASE("units: a head line's next line opened in lower case is the same head, however short", "[units][latin]") {
  auto d = reflow_ok(sentence_case_page("Harbour board appoints a new chair", "for three years"));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].headline == "Harbour board appoints a new chair for three years");
  CHECK(d.articles[0].deck.empty());
  // Counter-example: a line opened by a capital under it is a deck, as before.
  auto e = reflow_ok(sentence_case_page("Harbour board appoints a new chair", "Lopez takes over"));
  REQUIRE_FALSE(e.articles.empty());
  CHECK(e.articles[0].headline == "Harbour board appoints a new chair");
  CHECK(e.articles[0].deck == std::vector<std::string>{"Lopez takes over"});
}

TEST_CASE("roles: two or three Latin lines set apart together, unfinished, over a paragraph are a head", "[roles][latin]") {
  // Sentence-case heads in a narrow column, as wide as its lines, and no byline under them.
  const std::string page =
      "Wheat growers predict\nlarger autumn harvest\n\n"
      "Wheat growers in the\nnorthern plains expect a\nlarger harvest this autumn\nafter steady rain in spring.\n\n"
      "Grain elevators are being\ncleaned and inspected ahead\nof the harvest, the growers'\nassociation said on Monday.\n\n"
      "Harbour board picks\nLopez as port chair\n\n"
      "Members of the port board\nvoted on Tuesday to appoint\nMaria Lopez, a former\nshipping executive, as chair.\n\n"
      "Lopez said the board would\npublish the minutes of every\nmeeting online.\n";
  auto d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"Wheat growers predict larger autumn harvest", "Harbour board picks Lopez as port chair"});
  // Counter-example: two lines of a paragraph cut off at a column's foot, set apart, over a
  // line in lower case that finishes their sentence, are no head.
  auto e = reflow_ok(page.substr(0, page.find("Harbour")) + "The growers expect to\nfinish the harvest by\n\nthe end of October.\n");
  for (const article& a : e.articles) CHECK(a.headline != "The growers expect to finish the harvest by");
}

TEST_CASE("units: on a page of sentence-case heads, a head line in title case by chance goes on in sentence case", "[units][latin]") {
  // "Lopez Shipping Group Inc" is title case by its names alone; the page's other heads are
  // set in sentence case, and so is the line under it: one head, not a head and its deck.
  auto d = reflow_ok(sentence_case_page("Lopez Shipping Group Inc", "Wins three-year port contract"));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].headline == "Lopez Shipping Group Inc Wins three-year port contract");
  CHECK(d.articles[0].deck.empty());
}

namespace {
// Stories whose heads are set in sentence case, each a line of its own set apart, as wide as
// the column and ending in a company's ticker, over its text, no byline between.
const std::string sentence_case_heads_page =
    "Wheat growers in the northern plains expect a larger\nharvest this autumn after steady rain in spring, the\n"
    "growers' association said on Monday.\n\n"
    "Port board appoints Maria Lopez to chair <Pba>\n\n"
    "Members of the port board voted on Tuesday to appoint\nMaria Lopez, a former shipping executive, as chair of\n"
    "the board for the coming three years.\n\n"
    "Lopez said the board would publish the minutes of\nevery meeting online from the start of next month.\n\n"
    "Rail freight volumes rise for a third month <Rfv>\n\n"
    "Freight carried by rail rose for the third month in a\nrow in February, the transport ministry said, led by\n"
    "shipments of grain and coal to the northern ports.\n\n"
    "Rail operators expect the rise to continue into the\nspring as harvest shipments pick up again.\n\n"
    "City council backs new bridge over the river <Cc>\n\n"
    "The city council voted on Wednesday to build a second\nbridge over the river, which the mayor said would cut\n"
    "the time it takes to cross the city at rush hour.\n";
}  // namespace

TEST_CASE("roles: on a page of sentence-case heads, a line set apart after finished text, over a paragraph, is a head", "[roles][latin]") {
  // Each head is as wide as the column and ends in no letter: text by its look, a head by
  // its place, and the page sets three lines so.
  auto d = reflow_ok(sentence_case_heads_page);
  CHECK(headlines_of(d) == std::vector<std::string>{"", "Port board appoints Maria Lopez to chair <Pba>",
                                                    "Rail freight volumes rise for a third month <Rfv>",
                                                    "City council backs new bridge over the river <Cc>"});
  // Counter-example: one such line alone tells nothing of the page's heads; it reads as before.
  auto e = reflow_ok(sentence_case_heads_page.substr(0, sentence_case_heads_page.find("Rail freight")));
  for (const article& a : e.articles) CHECK(a.headline.empty());
}

TEST_CASE("roles: a sentence-case head's first line may stop on a function word or a comma", "[roles][latin]") {
  // "…picks new chair from" reads as a sentence cut off; set apart over a byline with the
  // line that ends it, it is a head's first line.
  auto d = reflow_ok(sentence_case_page("Harbour board picks new chair from", "Lopez Shipping"));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].headline == "Harbour board picks new chair from Lopez Shipping");
  // Counter-example: a line set apart that stops so, with no line under it to end it, is
  // cut-off text still, on a page of sentence-case heads too.
  std::string page = sentence_case_heads_page;
  page.replace(page.find("Port board appoints Maria Lopez to chair <Pba>"), 46, "Port board appoints Maria Lopez as chair of the");
  auto e = reflow_ok(page);
  for (const article& a : e.articles) CHECK(a.headline.find("Port board") == std::string::npos);
}

TEST_CASE("units: a head line ending in initials goes on into a line opened in lower case", "[units][latin]") {
  // "U.S." ends the line with an abbreviation's period, not the head's.
  auto d = reflow_ok(sentence_case_page("Lopez Shipping <Lsg> February U.S.", "sales rise"));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].headline == "Lopez Shipping <Lsg> February U.S. sales rise");
  CHECK(d.articles[0].deck.empty());
}

TEST_CASE("roles: on a page of sentence-case heads, lines set apart under a line cut off mid-sentence go on with it", "[roles][latin]") {
  // OCR sets a paragraph's pieces apart: "The bonds are guaranteed by the", unfinished, is no
  // head whose story is elsewhere, and the lines under it are no head either.
  std::string page = sentence_case_heads_page;
  page.insert(page.find("Port board appoints"),
              "Bonds for the port's new cranes were priced at\n101 pct, the lead manager said.\n\n"
              "The bonds are guaranteed by the\n\n"
              "Payment date for the bonds is April 2,\n1987. The selling concession is 1-1/8 pct while\n\n"
              "Harbour Holdings and is accompanied by a\nwarrant, the manager said.\n\n");
  auto d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"", "Port board appoints Maria Lopez to chair <Pba>",
                                                    "Rail freight volumes rise for a third month <Rfv>",
                                                    "City council backs new bridge over the river <Cc>"});
}

// A finished story under a title-case head, over the heads below (pdftotext -raw, one column).
static const std::string wall_story =
    "Island Council Backs New Harbour Wall\n"
    "The island council voted to build a new harbour wall at a cost of\n"
    "12 mln dlrs, to be paid over ten years from port fees and a grant\n"
    "from the regional development fund, the council said on Friday.\n"
    "Work is due to start in the spring and to take two years.\n";

static const std::string ferry_lead =
    "Harbour Trust Co said it agreed to sell its ferry unit to Port\n"
    "Group Ltd for 42 mln dlrs in cash, subject to approval by the\n"
    "regional shipping board and by the lenders of the ferry unit.\n"
    "The trust said it would keep its two island routes, which\n"
    "carried more than a million passengers in the last year.\n";

TEST_CASE("roles: a line under a stacked head that stops unfinished with room for the next word is its deck", "[roles][latin]") {
  // A paragraph's line stops short of the measure only at the paragraph's end, which ends a
  // sentence, or where the next word would not have fitted: the line under the head that
  // stops short of "Harbour" is no line of the lead but the head's standfirst.
  const document one = reflow_ok(wall_story + "Harbour Trust Sells Ferry Unit To Port Group\n" +
                                 "The sale leaves the trust two routes\n" + ferry_lead);
  REQUIRE(one.articles.size() == 2);
  CHECK(one.articles[1].headline == "Harbour Trust Sells Ferry Unit To Port Group");
  CHECK(one.articles[1].deck == std::vector<std::string>{"The sale leaves the trust two routes"});
  CHECK(one.articles[1].blocks.at(0).text.starts_with("Harbour Trust Co said"));
  // Two lines, set larger than the text: the second goes on in lower case.
  const document two = reflow_ok(wall_story + "Harbour Trust Sells Ferry Unit To Port Group\n" +
                                 "The sale leaves the trust with two island routes and\n" + "its freight arm\n" + ferry_lead);
  REQUIRE(two.articles.size() == 2);
  CHECK(two.articles[1].headline == "Harbour Trust Sells Ferry Unit To Port Group");
  CHECK(two.articles[1].deck == std::vector<std::string>{"The sale leaves the trust with two island routes and its freight arm"});
  CHECK(two.articles[1].blocks.at(0).text.starts_with("Harbour Trust Co said"));
}

TEST_CASE("roles counter-example: a lead's first line stopped short where the next word would not have fitted is the lead's", "[roles][latin]") {
  // Ragged right: "Intercoastal" did not fit after "Southern".
  const document d = reflow_ok(wall_story +
                               "Port Group Buys Ferry Unit From Harbour Trust\n"
                               "The shipping group said it had agreed with Southern\n"
                               "Intercoastal Harbour Trust Co to buy its ferry arm for 42 mln\n"
                               "dlrs in cash, subject to approval by the regional shipping\n"
                               "board and by the lenders of the ferry unit, the group said.\n"
                               "The trust said it would keep its two island routes, which\n"
                               "carried more than a million passengers in the last year.\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].deck.empty());
  CHECK(d.articles[1].blocks.at(0).text.starts_with("The shipping group said it had agreed with Southern Intercoastal"));
}

TEST_CASE("units: a title-case head broken at a compound's hyphen goes on across the blank line under it", "[units][latin]") {
  // mutool prints a blank line after each block: the head's tail stands apart under it.
  const std::string page =
      "The Island Post\n"
      "Friday, March 6, 2026\n"
      "Page A4 Business\n"
      "\n"
      "Harbour Trust Issues Mortgage-\n"
      "\n"
      "Bonds\n"
      "\n"
      "Harbour Trust Co said it would issue 120 mln dlrs of bonds backed\n"
      "\n"
      "by home loans, its first such issue, to be placed with investors in\n"
      "the region and abroad over the next two months.\n"
      "\n"
      "The trust said the bonds would carry a coupon of about six pct and\n"
      "\n"
      "mature in ten years, with a first call in five years.\n"
      "\n"
      "Island Ferries Plans Second Route\n"
      "\n"
      "Island Ferries Ltd said it plans to open a second route to the\n"
      "mainland in the summer, with two ships leased from a Danish line.\n";
  CHECK(headlines_of(reflow_ok(page)) == std::vector<std::string>{"Harbour Trust Issues Mortgage-Bonds", "Island Ferries Plans Second Route"});
}

TEST_CASE("articles: a caption whose credit wrapped to a short line of its own is a caption", "[articles]") {
  // "市民在绿道上骑行。王明摄（新华社" / "发）" and "…新华社记者王明" / "摄": the caption's credit
  // cut by its narrow box; whole again, it is read as a caption, and the text under it opens
  // a paragraph of its own (it had run on from the caption).
  const std::string above = "城市绿道全线贯通\n\n□ 周宁\n\n" +
                            in_column("　　环城绿道今天全线贯通，串联起沿线二十多个公园，市民骑行散步都更方便了。", 18);
  const std::string below = in_column("　　园林部门表示，下一步将在沿线增设驿站和自行车租赁点。", 18);
  for (const std::string& caption : {std::string("市民在绿道上骑行。王明摄（新华社\n发）\n"),
                                     std::string("市民在绿道上骑行。新华社记者王明\n摄\n")}) {
    INFO(caption);
    auto d = reflow_ok(above + caption + below);
    REQUIRE(d.articles.size() == 1);
    const auto& blocks = d.articles[0].blocks;
    REQUIRE(blocks.size() == 4);
    CHECK(blocks[2].kind == block_kind::caption);
    CHECK(blocks[3].text == "园林部门表示，下一步将在沿线增设驿站和自行车租赁点。");
  }
}

TEST_CASE("roles: a head ending in its rubric over a full line of text is a head", "[roles]") {
  // A copy prints the text's first line without its indent, as wide as the column: a head
  // with a comma ending in its column's rubric ("…，还需主动作为（快评）") is still a head.
  const std::string credit = "　　园林部门表示，下一步将在沿线增设驿站。\n据新华社\n";
  const std::string text = in_column("城郊多个村镇迎来春耕高峰，农机手们驾驶播种机在田间来回作业，抢抓农时。各村还组织了农技培训。", 20) +
                           in_column("　　各村还组织了农技培训，帮助农户用好新机具。", 20);
  auto one = reflow_ok(credit + "春耕农机忙，农时不等人还需主动作为（快评）\n" + text);
  CHECK(headlines_of(one).back() == "春耕农机忙，农时不等人还需主动作为（快评）");
}
