// Each reflow rule with its counter-example.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <sstream>
#include <random>

#include "helpers.hpp"
#include "rejoin.hpp"
#include "text.hpp"

using namespace galley;
using galley::test::blocks_of;
using galley::test::headlines_of;
using galley::test::reflow_ok;

TEST_CASE("despacing: justified CJK lines lose every space next to an ideograph", "[reflow]") {
  auto d = reflow_ok("市 图 书 馆 2025 年 读 书 活 动 方\n案》，持续丰富群众文化生活。\n");
  REQUIRE(blocks_of(d).size() == 1);
  CHECK(blocks_of(d)[0] == "市图书馆2025年读书活动方案》，持续丰富群众文化生活。");
  CHECK(d.stats.layout_spaces_removed >= 9);
}

TEST_CASE("despacing counter-example: meaningful spaces stay", "[reflow]") {
  auto d = reflow_ok("本报讯（记者 林晓） 5月9日，展览开幕。\n");
  CHECK(blocks_of(d).at(0) == "本报讯（记者 林晓）5月9日，展览开幕。");
}

TEST_CASE("despacing: a space between an ideograph and a digit goes", "[reflow]") {
  auto d = reflow_ok("在近 30小时的连续施工中，大桥于 18 日合龙。\n");
  CHECK(blocks_of(d).at(0) == "在近30小时的连续施工中，大桥于18日合龙。");
}

TEST_CASE("paragraphs: a full line ending in 。 inside a paragraph is joined", "[reflow]") {
  // Column of 12 ideographs; the 。-line is full and the next line is not indented.
  const char* page =
      "馆方指出，要把阅读推广放\n"
      "在首位，推动服务落实落细。\n"
      "全部工程用时二十一个小时。\n"
      "施工首先从南岸主塔开始。\n";
  auto d = reflow_ok(page);
  CHECK(blocks_of(d).size() == 1);
}

TEST_CASE("paragraphs counter-example: a full line ending in 。 before an indented line ends the paragraph", "[reflow]") {
  const char* page =
      "馆方表示，要把阅读推广放在\n"
      "首位，推动各项服务落实落细\n"
      "认真做好全年阅读推广工作。\n"
      "馆方通报了全年工作要\n"
      "点，持续提升场馆运行效能和\n"
      "服务质量。\n";
  auto d = reflow_ok(page);
  CHECK(blocks_of(d).size() == 2);
}

TEST_CASE("paragraphs: a short finished tail after a full line stays in its paragraph", "[reflow]") {
  // First lines lost their indent (two ideographs short); "他笑着说。" is the tail, not a paragraph.
  const char* page =
      "茶园里的春茶已经开始采\n"
      "摘，茶农们天不亮就上山。\n"
      "“今年雨水足，芽头很壮。”\n"
      "他笑着说。\n"
      "镇上的加工厂也忙碌起\n"
      "来，机器日夜运转不停歇。\n";
  auto d = reflow_ok(page);
  REQUIRE(blocks_of(d).size() == 2);
  CHECK(blocks_of(d)[0].ends_with("他笑着说。"));
}

TEST_CASE("paragraphs counter-example: a short finished line after a short one is a paragraph of its own", "[reflow]") {
  const char* page =
      "茶园里的春茶已经开始采\n"
      "摘，天不亮就上山。\n"
      "他笑着说。\n"
      "镇上的加工厂也忙碌起\n"
      "来，机器日夜运转不停歇。\n";
  auto d = reflow_ok(page);
  CHECK(blocks_of(d).size() == 3);
}

TEST_CASE("paragraphs: an indent-short first line may end its sentence and the paragraph goes on", "[reflow]") {
  // "镇上的加工厂也忙碌。" fills exactly the indented measure of a first line; a full line follows.
  const char* page =
      "茶园里的春茶已经开始采\n"
      "摘，茶农们天不亮就上山。\n"
      "镇上的加工厂也忙碌。\n"
      "机器日夜运转不停歇，工人\n"
      "们分成两班轮流值守车间。\n";
  auto d = reflow_ok(page);
  REQUIRE(blocks_of(d).size() == 2);
  CHECK(blocks_of(d)[1].starts_with("镇上的加工厂也忙碌。机器"));
}

TEST_CASE("paragraphs: blank lines after heads ending in a bracket do not make a page of blank-separated paragraphs", "[reflow]") {
  // The blank lines here follow two heads ("…（快评）") and one story's end: they separate
  // stories, not paragraphs, so a first line cut short by its indent after a closing quote
  // ("打击“黄牛”") still opens a paragraph rather than a head.
  const char* page =
      "看病挂号不该这么难（快评）\n\n"
      "一边是患者挂\n"
      "号难，另一边是\n"
      "号贩子囤号加价，\n"
      "群众的烦恼亟待化\n"
      "解。\n"
      "打击“黄牛”\n"
      "抢号，要提升技术\n"
      "水平，及时监控异\n"
      "常操作。\n"
      "打击“黄牛”\n"
      "抢号，还要加大打\n"
      "击力度，形成强力\n"
      "震慑。\n\n"
      "城市绿道串起好风景（纵横）\n\n"
      "绿道建设让市\n"
      "民出门见绿，沿河\n"
      "步道连成一片，周\n"
      "末游人如织。\n";
  auto d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"看病挂号不该这么难（快评）", "城市绿道串起好风景（纵横）"});
  const auto paragraphs = blocks_of(d);
  REQUIRE(paragraphs.size() == 4);
  CHECK(paragraphs[1] == "打击“黄牛”抢号，要提升技术水平，及时监控异常操作。");
  CHECK(paragraphs[2] == "打击“黄牛”抢号，还要加大打击力度，形成强力震慑。");
}

TEST_CASE("paragraphs: a short double-spaced page is recognised without a blank after its last line", "[reflow][latin]") {
  const char* page =
      "Harbour Ferry Resumes Service\n\n\n"
      "    The harbour ferry said it has resumed its regular timetable across\n\n"
      "the bay after two weeks of repairs to the main landing stage.\n\n"
      "    Tickets bought for cancelled crossings will be honoured.\n";
  auto d = reflow_ok(page);
  CHECK(d.stats.double_spaced);
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].deck.empty());
  CHECK(blocks_of(d).size() == 2);
}

TEST_CASE("paragraphs: a short line ending in a comma is joined", "[reflow]") {
  const char* page =
      "施工方在会上非常明确地说明\n"
      "安全要求，\n"
      "但部分工人仍未按规定佩戴头\n"
      "盔。\n";
  auto d = reflow_ok(page);
  REQUIRE(blocks_of(d).size() == 1);
  CHECK(blocks_of(d)[0] == "施工方在会上非常明确地说明安全要求，但部分工人仍未按规定佩戴头盔。");
}

TEST_CASE("paragraphs: double-spaced input ignores single blank lines", "[reflow]") {
  const char* page =
      "施工方在会上非常明确地说明\n\n"
      "安全要求，但部分工人仍然不\n\n"
      "按规定佩戴头盔。\n\n"
      "有专家认为，这次会议让各方\n\n"
      "直接沟通，把问题彻底摊开。\n";
  auto d = reflow_ok(page);
  CHECK(d.stats.double_spaced);
  CHECK(blocks_of(d).size() == 2);
}

TEST_CASE("paragraphs counter-example: finished lines each set apart by a blank line are paragraphs, not double spacing", "[reflow]") {
  const char* page =
      "秋季蔬菜喜获丰收\n\n"
      "本报记者 周明\n\n"
      "连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜。\n\n"
      "今年蔬菜亩产提高一成。\n";
  auto d = reflow_ok(page);
  CHECK_FALSE(d.stats.double_spaced);
  CHECK(blocks_of(d, block_kind::paragraph).size() == 2);
}

TEST_CASE("dehyphenation: a word split at a line end is rejoined", "[reflow][latin]") {
  auto d = reflow_ok("The bank sold the secu-\nrities on Monday, traders said.\n");
  CHECK(blocks_of(d).at(0) == "The bank sold the securities on Monday, traders said.");
  CHECK(d.stats.line_end_hyphens_removed == 1);
}

TEST_CASE("dehyphenation: a word split with a soft hyphen, U+2010 or OCR's '¬' is rejoined", "[reflow][latin]") {
  // Extractors print the hyphen of a split word in several ways: U+00AD (removed when the
  // text is read, its place remembered), U+2010 or U+2011 (decided like '-'), '¬' (ABBYY's
  // OCR, always a split).
  for (const char* mark : {"\u00AD", "\u00AD  ", "\u2010", "\u2011", "\u00AC"}) {
    const std::string page = std::string("The ferry resumed its timetable after two weeks of re") + mark +
                             "\npairs to the main landing stage, and the first boats left on time.\n";
    auto d = reflow_ok(page);
    INFO(page);
    REQUIRE(blocks_of(d).size() == 1);
    CHECK(blocks_of(d)[0] == "The ferry resumed its timetable after two weeks of repairs to the main landing stage, and "
                             "the first boats left on time.");
  }
  // Counter-example: a compound printed with U+2010 keeps it; a soft hyphen inside a line
  // is only removed.
  auto c = reflow_ok("The board approved a long\u2010\nterm plan for the har\u00ADbour and its landing stage.\n");
  CHECK(blocks_of(c).at(0) == "The board approved a long\u2010term plan for the harbour and its landing stage.");
}

TEST_CASE("dehyphenation: a hyphen next to a digit at a line end is the compound's own, with no space after it", "[reflow][latin]") {
  auto d = reflow_ok(
      "The hospital bought a pharmacy system for its 998-\n"
      "bed wing and filed a new W-\n"
      "4 form, while its shares rose to 72-\n"
      "3/4 in early trading on the exchange.\n");
  REQUIRE(blocks_of(d).size() == 1);
  CHECK(blocks_of(d)[0] == "The hospital bought a pharmacy system for its 998-bed wing and filed a new W-4 form, "
                           "while its shares rose to 72-3/4 in early trading on the exchange.");
  // Counter-example: a spaced hyphen is a dash, and a space stays after it.
  auto dash = reflow_ok("The ferry runs again -\nafter two weeks of repairs to the landing stage.\n");
  CHECK(blocks_of(dash).at(0) == "The ferry runs again - after two weeks of repairs to the landing stage.");
}

TEST_CASE("dehyphenation counter-example: a compound keeps its hyphen", "[reflow][latin]") {
  auto d = reflow_ok("The well-\nknown firm said it would expand.\n");
  CHECK(blocks_of(d).at(0) == "The well-known firm said it would expand.");
  // Evidence from the page itself: "long-term" printed whole elsewhere.
  auto e = reflow_ok("A long-term plan was agreed. It is a long-\nterm commitment, he said.\n");
  CHECK(blocks_of(e).at(0).find("long-term commitment") != std::string::npos);
  CHECK(e.stats.line_end_hyphens_removed == 0);
}

TEST_CASE("dehyphenation: a compound's hyphen goes where the page spells the word joined, a letter shorter", "[reflow][latin]") {
  // (The page's words are read for the questions' words alone, by length: the joined
  // spelling is the shortest asked for, the hyphenated one the longest.)
  auto d = reflow_ok("The PanAmerican fleet sailed at dawn. Its Pan-\nAmerican ships left the port on time.\n");
  CHECK(blocks_of(d).at(0) == "The PanAmerican fleet sailed at dawn. Its PanAmerican ships left the port on time.");
  // Counter-example: spelt neither way, a capital after the hyphen keeps it.
  auto e = reflow_ok("The fleet sailed at dawn. Its Pan-\nAmerican ships left the port on time.\n");
  CHECK(blocks_of(e).at(0) == "The fleet sailed at dawn. Its Pan-American ships left the port on time.");
}

TEST_CASE("dehyphenation: a split word's hyphen stays where the page spells the word with it", "[reflow][latin]") {
  auto d = reflow_ok("The red-hot market cooled at dawn. It was a red-\nhot day for the traders in the port.\n");
  CHECK(blocks_of(d).at(0) == "The red-hot market cooled at dawn. It was a red-hot day for the traders in the port.");
  // Counter-example: spelt neither way, the word is rejoined.
  auto e = reflow_ok("The market cooled at dawn. It was a red-\nhot day for the traders in the port.\n");
  CHECK(blocks_of(e).at(0) == "The market cooled at dawn. It was a redhot day for the traders in the port.");
}

TEST_CASE("dehyphenation: chains, number words and compound endings keep their hyphen", "[reflow][latin]") {
  auto d = reflow_ok(
      "The board approved a two-\nfor-one split of the shares and a once-\noff payment to the state-\n"
      "owned lender, with a zero-\ncoupon note due next year.\n");
  REQUIRE(blocks_of(d).size() == 1);
  CHECK(blocks_of(d)[0] ==
        "The board approved a two-for-one split of the shares and a once-off payment to the state-owned lender, with a "
        "zero-coupon note due next year.");
  CHECK(d.stats.line_end_hyphens_removed == 0);
}

TEST_CASE("dehyphenation counter-example: a syllable split is still rejoined", "[reflow][latin]") {
  auto d = reflow_ok("The harbour authority said the repairs were neces-\nsary after the storm damaged the pier.\n");
  REQUIRE(blocks_of(d).size() == 1);
  CHECK(blocks_of(d)[0] == "The harbour authority said the repairs were necessary after the storm damaged the pier.");
}

TEST_CASE("paragraphs: a ragged-right line that stopped because the next word would not fit is full", "[reflow][latin]") {
  // "unfortunately," would not fit after "hoped": that short line is not a heading.
  const char* page =
      "Harbour Ferry Resumes Service\n\n"
      "The harbour ferry said it has resumed its regular\n"
      "timetable across the bay after two weeks of repairs\n"
      "to the main landing stage, the operator said.\n\n"
      "\"The repairs took longer than we hoped\n"
      "unfortunately,\" the operator told reporters on the\n"
      "pier before the first crossing of the morning.\n\n"
      "Tickets for cancelled crossings will be honoured by\n"
      "the company until the end of the month.\n";
  auto d = reflow_ok(page);
  REQUIRE(d.articles.size() == 1);
  CHECK(blocks_of(d, block_kind::heading).empty());
  REQUIRE(blocks_of(d).size() == 3);
  CHECK(blocks_of(d)[1].starts_with("\"The repairs took"));
}

TEST_CASE("despacing: justification spreads single punctuation glyphs too", "[reflow]") {
  auto d = reflow_ok("新 型 无 人 机 MQ - 9 的 航 程 约 占 1 / 3 ，\n全部数据已经公开。\n");
  REQUIRE(blocks_of(d).size() == 1);
  CHECK(blocks_of(d)[0] == "新型无人机MQ-9的航程约占1/3，全部数据已经公开。");
}

TEST_CASE("paragraphs: a line ending in an abbreviation does not end a sentence", "[reflow][latin]") {
  const char* page =
      "    The pension fund said most of the new money will go to the U.S.\n"
      "Markets, where it already holds a third of its shares, the fund said.\n"
      "    Its board meets again in June to review the plan, it added.\n";
  auto d = reflow_ok(page);
  REQUIRE(blocks_of(d).size() == 2);
  CHECK(blocks_of(d)[0].find("the U.S. Markets") != std::string::npos);
  // ... but it may: an indented line after it opens the next paragraph.
  auto ended = reflow_ok(
      "    The chemicals group said it has now\n"
      "completed its purchase of Harbour Dye Corp.\n"
      "    It bought a majority of the shares in a\n"
      "recent tender offer at 24 dlrs a share.\n");
  REQUIRE(blocks_of(ended).size() == 2);
  CHECK(blocks_of(ended)[1].starts_with("It bought"));
}

TEST_CASE("paragraphs: a short page whose one blank line follows a paragraph's end separates paragraphs by blank lines", "[reflow][latin]") {
  // Two blank lines only, one after the head: too few to tell by their share. The short
  // last line before the other says it: a full line ending a sentence inside a paragraph
  // ("…a spokesman said.") does not end the paragraph.
  const char* page =
      "Harbour Ferry Details Repair Costs\n\n"
      "The harbour ferry said its 1986 results\n"
      "include repair costs of 7.5 mln dlrs for\n"
      "the main landing stage.\n\n"
      "The costs were not broken out in its first\n"
      "results for the year, a spokesman said.\n"
      "It reported net income of 12.4 mln dlrs\n"
      "against 14.2 mln dlrs a year earlier.\n";
  auto d = reflow_ok(page);
  CHECK(blocks_of(d).size() == 2);
}

TEST_CASE("Latin: words joined with one space, a drop cap rejoined", "[reflow][latin]") {
  auto d = reflow_ok("S\nINGAPORE shares rose on\nTuesday as banks gained.\n");
  CHECK(blocks_of(d).at(0) == "SINGAPORE shares rose on Tuesday as banks gained.");
}

TEST_CASE("options: keep_line_breaks keeps the input's breaks inside paragraphs", "[reflow][options]") {
  options o;
  o.keep_line_breaks = true;
  auto d = reflow_ok("施工方在会上非常明确地说明\n安全要求，但部分工人不遵守。\n", o);
  CHECK(blocks_of(d).at(0) == "施工方在会上非常明确地说明\n安全要求，但部分工人不遵守。");
}

TEST_CASE("options: CJK-Latin spacing keep, remove, add", "[reflow][options]") {
  const char* page = "我们使用 GPU 加速计算和AI训练。\n";
  options keep, remove, add;
  remove.spacing = latin_spacing::remove;
  add.spacing = latin_spacing::add;
  CHECK(blocks_of(reflow_ok(page, keep)).at(0) == "我们使用 GPU 加速计算和AI训练。");
  CHECK(blocks_of(reflow_ok(page, remove)).at(0) == "我们使用GPU加速计算和AI训练。");
  CHECK(blocks_of(reflow_ok(page, add)).at(0) == "我们使用 GPU 加速计算和 AI 训练。");
}

TEST_CASE("despacing counter-example: spaces around Latin words in CJK text are not justification", "[reflow]") {
  auto d = reflow_ok("我们用 AI 与 GPU 加速计算，\n提高效率。\n");
  CHECK(blocks_of(d).at(0) == "我们用 AI 与 GPU 加速计算，提高效率。");
}

TEST_CASE("options: the language hint decides the script of a short, ambiguous page", "[reflow][options]") {
  options zh, en;
  zh.language = language_hint::chinese;
  en.language = language_hint::latin;
  CHECK(reflow_ok("OK 好\n", zh).lang == "mixed");
  CHECK(reflow_ok("The bank said.\n", en).lang == "en");
}

TEST_CASE("paragraphs: blank lines that fall after sentences are no paragraph breaks when paragraphs end with text under them", "[reflow]") {
  // Columns of twelve characters; each paragraph's first sentence fills its lines exactly and
  // the extractor marked the column's end under it with a blank line.
  const auto col = [](const char* text) { return galley::test::in_column(text, 12); };
  auto d = reflow_ok("城郊湿地观鸟记\n\n" + col("　　城郊湿地公园今年观测到的候鸟数量创下了新高。") + "\n" +
                     col("其中不少是首次记录的种类，吸引了大批市民前来观赏拍照。") +
                     col("　　湿地公园的志愿者每天来记录候鸟的种类和数量。") + "\n" + col("他们还向游客讲解湿地保护知识。") +
                     col("　　管理处表示，公园将延长开放时间方便市民观鸟。") + "\n" + col("傍晚时分，成群的候鸟归巢，场面十分壮观。") +
                     col("　　志愿者希望更多市民加入保护湿地的行列。"));
  const auto paragraphs = blocks_of(d);
  REQUIRE(paragraphs.size() == 4);
  CHECK(paragraphs[0] == "城郊湿地公园今年观测到的候鸟数量创下了新高。其中不少是首次记录的种类，吸引了大批市民前来观赏拍照。");
  CHECK(paragraphs[2].ends_with("方便市民观鸟。傍晚时分，成群的候鸟归巢，场面十分壮观。"));
}

TEST_CASE("dehyphenation: a page of many split words is decided as a page of few is", "[reflow][latin]") {
  // Past a handful of line-end hyphens a page's words are looked up in a set rather than
  // scanned for each decision (units.cpp, line_end_hyphens): the same answers either way,
  // the page's own evidence included, and in time that grows with the page, not its square.
  std::string page = "A long-term plan was agreed.\n";
  const int splits = 400;
  for (int i = 0; i < splits; ++i) page += "The bank sold the secu-\nrities and a long-\nterm note,\n";
  page += "traders said.\n";
  auto d = reflow_ok(page);
  std::string text;
  for (const std::string& b : blocks_of(d)) text += b + "\n";
  auto count = [&text](const std::string& w) {
    int n = 0;
    for (std::size_t at = text.find(w); at != std::string::npos; at = text.find(w, at + 1)) ++n;
    return n;
  };
  CHECK(count("securities") == splits);
  CHECK(count("secu-") == 0);
  CHECK(count("long-term") == splits + 1);
  CHECK(d.stats.line_end_hyphens_removed == splits);
}

namespace {

// Text set in lines of `cells` cells, as a CJK typesetter breaks it: at any character, an
// ideograph or a CJK mark two cells wide, an ASCII character one; each line ends in a newline.
// (first: the first line's measure, when its indent was dropped: two characters short.)
std::string in_cells(std::string_view text, int cells, int first = 0) {
  std::string out, line;
  int used = 0, cap = first > 0 ? first : cells;
  for (std::size_t k = 0; k < text.size();) {
    const auto lead = static_cast<unsigned char>(text[k]);
    const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const int w = n == 1 ? 1 : 2;
    // (A closing mark hangs past the measure rather than open a line.)
    const bool closing = n == 3 && std::string_view("，。、；：？！”）").find(text.substr(k, n)) != std::string_view::npos;
    if (used + w > cap && !line.empty() && !closing) {
      out += line + '\n';
      line.clear();
      used = 0;
      cap = cells;
    }
    line.append(text.substr(k, n));
    used += w;
    k += n;
  }
  return out + line + '\n';
}

// The first n characters of a text of three-byte characters (ideographs and CJK marks).
std::string first_chars(const std::string& s, std::size_t n) { return s.substr(0, 3 * n); }

}  // namespace

TEST_CASE("joins: a Latin word that a CJK line break cut goes on without a space", "[reflow]") {
  // A CJK line breaks at any character, inside a Latin word too ("空客A320ne" / "o飞机"):
  // the word is one word, whatever its letters' case on either side of the break.
  const std::string lead = "据介绍满载货物的集装箱班列从西宁综合保税区通关后开往青岛港随后将海运至东南亚";
  const std::string rest = "颗粒的班列已于本周抵达港口，货主们对运输时效十分满意。";
  int cut = 0;
  for (const int cells : {20, 24, 28})
    for (const char* word : {"A320neo", "PVC", "SCO", "ChatGPT", "HarmonyOS"})
      for (std::size_t m = 8; m < 8 + static_cast<std::size_t>(cells) / 2; ++m) {
        const std::string text = first_chars(lead, m) + word + rest;
        const std::string page = in_cells(text, cells);
        cut += page.find(std::string(word)) == std::string::npos;
        INFO(page);
        const auto d = reflow_ok(page);
        REQUIRE(blocks_of(d).size() == 1);
        CHECK(blocks_of(d)[0] == text);
      }
  CHECK(cut > 30);  // (most of the pages cut the word)
}

TEST_CASE("joins counter-example: two Latin words at a CJK line break keep their space", "[reflow]") {
  // A capitalised word opening the next line is a word of its own ("AI" / "Drive"), and so
  // is one the text sets apart by spaces ("搭载 Smart" / "drive").
  auto d = reflow_ok("新款车型搭载了全新的智能驾驶系统AI\nDrive，驾驶体验得到明显提升。\n");
  CHECK(blocks_of(d).at(0) == "新款车型搭载了全新的智能驾驶系统AI Drive，驾驶体验得到明显提升。");
  auto e = reflow_ok("新款车型搭载了全新的智能系统 Smart\ndrive 平台，驾驶体验得到明显提升。\n");
  CHECK(blocks_of(e).at(0) == "新款车型搭载了全新的智能系统 Smart drive 平台，驾驶体验得到明显提升。");
}

TEST_CASE("paragraphs: a number of Chinese text cut at its decimal point ends no sentence", "[reflow]") {
  // "…同比上涨1." / "5%，…": the '.' is the number's point (a Chinese sentence ends in "。"),
  // the paragraph goes on and the number is rejoined whole. Set in columns of several
  // widths, single- and double-spaced, and with a blank line where the extractor marked a
  // column's end at the cut.
  const std::string lead = "今年前两个月全国规模以上工业增加值同比增长，居民消费价格同比上涨";
  const std::string rest = "，和国际高通胀形成鲜明对比，市场主体活力趋于增强，企业预期明显改善。";
  const std::string next = "　　从投资来看，制造业投资保持较快增长，高技术制造业增速保持了两位数增长。";
  int cut = 0;
  for (const int cells : {20, 24, 28})
    for (const char* number : {"1.5%", "46.0", "25.2万", "3.75亿", "169.7万", "0.4个百分点"})
      for (std::size_t m = 4; m < 4 + static_cast<std::size_t>(cells); ++m)
        for (const int spacing : {0, 1, 2}) {
          const std::string text = "　　" + first_chars(lead, m) + number + rest;
          std::string page = in_cells(text, cells) + in_cells(next, cells);
          const std::size_t point = page.find(".\n");
          if (point == std::string::npos) continue;
          ++cut;
          if (spacing == 1) page.insert(point + 2, 1, '\n');  // a column's end marked
          if (spacing == 2) {                               // double spacing
            std::string doubled;
            for (char c : page) doubled += c == '\n' ? std::string("\n\n") : std::string(1, c);
            page = doubled;
          }
          INFO(page);
          const auto d = reflow_ok(page);
          REQUIRE(blocks_of(d).size() == 2);
          CHECK(blocks_of(d)[0] == text.substr(6));  // (without the indent)
        }
  CHECK(cut > 60);
}

TEST_CASE("paragraphs counter-example: in Latin text a line ending in a year's full stop may end its paragraph", "[reflow][latin]") {
  // Latin lines break between words only: "…in 1987." over "12 new boats…" is a sentence's
  // end and, with the indent under it, a paragraph's.
  const char* page =
      "    The harbour ferry said it carried more passengers last year than\n"
      "in any year since its first crossing in 1987.\n"
      "    12 new boats will join the fleet next spring, the operator said,\n"
      "and the landing stage will be extended before the summer season.\n";
  auto d = reflow_ok(page);
  REQUIRE(blocks_of(d).size() == 2);
  CHECK(blocks_of(d)[1].starts_with("12 new boats"));
}

TEST_CASE("paragraphs: a first line of Chinese text full of numbers shows its dropped indent", "[reflow]") {
  // "2025年1—11月，全国共查" stops two ideographs short of the column: its indent, not a
  // ragged edge (half-width digits make a Chinese line no more ragged than a cell), so it
  // opens a paragraph, even under a full line that ended a sentence.
  const std::string first = "作风建设必须一以贯之，各级纪检监察机关紧盯隐形变异现象严肃纠治违规问题";
  int full_end = 0;
  for (const int cells : {24, 28, 32})
    for (int year = 2019; year <= 2025; year += 3)
      for (std::size_t m = 20; m < 20 + static_cast<std::size_t>(cells) / 2; ++m) {
        const std::string one = first_chars(first, m) + "，通过以案促改促治，建章立制、堵塞漏洞，治理效能不断提升。";
        const std::string two = std::to_string(year) + "年1—" + std::to_string(year % 12 + 1) +
                                "月，全国共查处违规问题25.2万起，批评教育和处理32.7万人。";
        const std::string p1 = in_cells(one, cells, cells - 4), p2 = in_cells(two, cells, cells - 4);
        const std::string p3 = in_cells("作风正则人心齐，人心齐则事业兴，广大党员干部砥砺初心使命，持之以恒、久久为功。", cells, cells - 4);
        const std::string last = p1.substr(p1.rfind('\n', p1.size() - 2) + 1);
        full_end += last.size() >= 3 * static_cast<std::size_t>(cells) / 2 + 1;
        INFO(p1 + p2 + p3);
        const auto d = reflow_ok(p1 + p2 + p3);
        REQUIRE(blocks_of(d).size() == 3);
        CHECK(blocks_of(d)[1] == two);
      }
  CHECK(full_end >= 6);  // (pages whose first paragraph ends in a full line)
}

TEST_CASE("credits: a source's credit wrapped in a narrow column is a credit, however many lines it takes", "[reflow]") {
  // "（摘编自《…》，原题为《…》）" set in columns of six to fourteen characters, its indent
  // dropped like the paragraph's over it: from two lines to seven, one credit under the
  // story's last paragraph.
  const std::string story = "交界地带的治理难题，需要相邻地区打破行政壁垒，在协同中找到最大公约数。这个公约数，正是优化社会治理的关键。";
  for (const char* credit : {"（摘编自《东岭日报》，原题为《怎样推倒城乡间的“无形门”》）", "（来源：江南晚报，原题为《城郊湿地的候鸟》）",
                             "（作者单位：省社会科学院文学研究所当代文学研究室）"})
    for (std::size_t width = 6; width <= 14; ++width) {
      const int cells = 2 * static_cast<int>(width);
      const std::string page = "拆掉交界处的隐形墙\n\n" + in_cells(story, cells, cells - 4) + in_cells(credit, cells, cells - 4);
      INFO(page);
      const auto d = reflow_ok(page);
      CHECK(blocks_of(d, block_kind::credit) == std::vector<std::string>{credit});
      CHECK(blocks_of(d).size() == 1);
    }
}

TEST_CASE("joins: across a column's end, Chinese text takes no space after a number or a word cut there", "[reflow]") {
  // The extractor marked a column's end with a blank line where the line broke between a
  // number and its sign ("…用户的50.6" / "%，…") or inside a Latin word ("…满载PV" / "C颗粒"):
  // the paragraph is rejoined, with no space at the junction.
  const std::string lead = "截至四月末全国移动电话用户总数达到十七亿户其中第五代移动电话用户达到八亿户占全国移动电话用户的";
  const std::string next = "　　从业务收入来看，新兴业务收入保持两位数增长，拉动电信业务收入增长。";
  int cut = 0;
  for (const int cells : {20, 24, 28})
    for (const std::string tail : {"50.6%，呈现平稳增长的态势，用户规模持续扩大。", "PVC颗粒的出口量也在稳步增长，用户规模持续扩大。"})
      for (std::size_t m = 4; m < 4 + static_cast<std::size_t>(cells); ++m) {
        const std::string text = "　　" + first_chars(lead, m) + tail;
        std::string page = in_cells(text, cells) + in_cells(next, cells);
        const std::size_t at = std::min(page.find("6\n%"), page.find("PV\nC"));
        if (at == std::string::npos) continue;
        ++cut;
        page.insert(page.find('\n', at) + 1, 1, '\n');
        INFO(page);
        const auto d = reflow_ok(page);
        REQUIRE(blocks_of(d).size() == 2);
        CHECK(blocks_of(d)[0] == text.substr(6));
      }
  CHECK(cut >= 4);
}

TEST_CASE("paragraphs: a justified first line full of numbers and codes shows its dropped indent", "[reflow]") {
  // Justification spreads a first line's glyphs over its indented measure ("14 日 ， 一 架 美
  // 军 MQ - 9 “ 死 神 ”"): its ink still stops two ideographs short of the column, however few
  // of its glyphs are ideographs, and it opens a paragraph.
  const auto justify = [](const std::string& line) {
    // (A space between glyphs, runs of digits, letters, '.' and '%' kept whole.)
    std::string out;
    bool run = false;
    for (std::size_t k = 0; k < line.size();) {
      const auto lead = static_cast<unsigned char>(line[k]);
      const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      const bool word = n == 1 && (std::isalnum(lead) || lead == '.' || lead == '%');
      if (!out.empty() && !(word && run)) out += ' ';
      out.append(line.substr(k, n));
      run = word;
      k += n;
    }
    return out;
  };
  const std::string one = "当地时间十四日，黑海上空发生一起无人机坠毁事件，俄罗斯国防部和美国欧洲司令部先后就此发表声明。";
  const std::string three = "美国国务院随后就此事召见俄罗斯驻美大使，双方官员进行了会面，俄方表示并不寻求与美方对抗。";
  int pages = 0;
  for (const int cells : {20, 24, 28, 32})
    for (const char* codes : {"MQ-9与RQ-4A", "F-16和B-52H", "A320与C919", "美军MQ-9", "苏-27与米格-29"})
      for (int day = 3; day <= 27; day += 12) {
        const std::string two = std::to_string(day) + "日，一架" + codes + "等型号飞机在黑海上空被拦截，其中一架无人机螺旋桨被撞击后坠毁。";
        std::string p2 = in_cells(two, cells, cells - 4);
        const std::size_t first_end = p2.find('\n');
        p2 = justify(p2.substr(0, first_end)) + p2.substr(first_end);
        const std::string page = in_cells(one, cells, cells - 4) + p2 + in_cells(three, cells, cells - 4);
        ++pages;
        INFO(page);
        const auto d = reflow_ok(page);
        REQUIRE(blocks_of(d).size() == 3);
        CHECK(blocks_of(d)[1] == two);
      }
  CHECK(pages == 60);
}

namespace {

// Made-up wire sentences, drawn at random: subject, verb phrase, object.
std::string random_sentence(std::mt19937& rng) {
  static const char* const subjects[] = {"The harbour board", "Officials", "The ferry operator", "A spokesman for the port",
                                         "Traders", "The city council", "Its chairman", "Analysts in the region"};
  static const char* const verbs[] = {"said", "expected", "reported", "warned", "added", "did not expect"};
  static const char* const objects[] = {"the repairs would take another two weeks",
                                        "traffic across the bay fell by a third in March",
                                        "ticket prices would rise from the first of May",
                                        "the new landing stage could open before the summer",
                                        "costs were higher than planned",
                                        "talks with the unions would resume next week"};
  auto pick = [&rng](const auto& list) { return std::string(list[rng() % std::size(list)]); };
  return pick(subjects) + " " + pick(verbs) + " " + pick(objects) + ".";
}

// Paragraphs set ragged-right in a column of `width` characters, as typewritten or wire copy
// prints them: each paragraph's first line indented by `indent` spaces, or a blank line
// between paragraphs (indent < 0); every line followed by a blank one when double-spaced.
std::string latin_column(const std::vector<std::string>& paragraphs, std::size_t width, int indent, bool double_spaced) {
  std::vector<std::string> lines;
  for (const std::string& p : paragraphs) {
    if (indent < 0 && !lines.empty()) lines.emplace_back();
    std::string cur(static_cast<std::size_t>(std::max(indent, 0)), ' ');
    bool first = true;
    for (std::size_t k = 0, e; k < p.size(); k = e + 1) {
      e = std::min(p.find(' ', k), p.size());
      const std::string word = p.substr(k, e - k);
      if (!first && cur.size() + 1 + word.size() > width) {
        lines.push_back(cur);
        cur.clear();
        first = true;
      }
      if (!first) cur += ' ';
      cur += word;
      first = false;
    }
    lines.push_back(cur);
  }
  std::string out;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    out += lines[k];
    out.append(double_spaced && k + 1 < lines.size() ? 2 : 1, '\n');
  }
  return out;
}

// Three to five paragraphs of two to 1 + most_more sentences each.
std::vector<std::string> random_paragraphs(std::mt19937& rng, unsigned most_more) {
  std::vector<std::string> paragraphs(3 + rng() % 3);
  for (std::string& p : paragraphs) {
    p = random_sentence(rng);
    for (int n = 1 + static_cast<int>(rng() % most_more); n > 0; --n) {
      p += ' ';
      p += random_sentence(rng);
    }
  }
  return paragraphs;
}

}  // namespace

TEST_CASE("paragraphs: on a page that indents its paragraphs, a line without an indent after a finished sentence goes on", "[reflow][latin]") {
  // Wherever a sentence happens to end at a line end, the next line, flush left, is the
  // same paragraph: the page opens each of its paragraphs with spaces.
  std::mt19937 rng(20261202);
  int sentence_ends_at_line_ends = 0;
  for (int page = 0; page < 60; ++page) {
    const std::vector<std::string> paragraphs = random_paragraphs(rng, 3);
    const std::size_t width = 30 + rng() % 50;
    const int indent = 2 + static_cast<int>(rng() % 4);
    const std::string body = latin_column(paragraphs, width, indent, page % 3 == 0);
    for (std::size_t at = body.find(".\n"); at != std::string::npos; at = body.find(".\n", at + 1))
      sentence_ends_at_line_ends += body.compare(at + 2, 1, " ") != 0 && body.compare(at + 2, 2, "\n ") != 0;
    auto d = reflow_ok("Harbour Ferry Repairs Drag On\n\n" + body);
    INFO(body);
    CHECK(blocks_of(d) == paragraphs);
  }
  CHECK(sentence_ends_at_line_ends >= 20);  // (the pages do put the case)
}

TEST_CASE("paragraphs counter-example: with no indents on the page, a short finished line still ends its paragraph", "[reflow][latin]") {
  // The same copy with the indents dropped (as some extractors print it): the short last
  // lines tell the paragraphs apart, as before; and on a page set with blank lines between
  // its paragraphs, the blank lines do.
  std::mt19937 rng(20261203);
  int asked = 0;
  for (int page = 0; page < 60; ++page) {
    const std::vector<std::string> paragraphs = random_paragraphs(rng, 2);
    const std::size_t width = 30 + rng() % 50;
    const bool blank_lines = page % 2;
    const std::string body = latin_column(paragraphs, width, blank_lines ? -1 : 0, false);
    // (With neither indents nor blank lines, only a short last line tells where a paragraph
    // ends, and a finished sentence at the end of a full line inside one is a reader's guess:
    // the pages that have neither doubt are asked about.)
    bool plain = true;
    for (const std::string& p : paragraphs) {
      const std::string alone = latin_column({p}, width, 0, false);
      const std::size_t last_starts = alone.rfind('\n', alone.size() - 2) + 1;  // (0 for one line)
      plain = plain && (alone.size() - 1 - last_starts) * 10 < width * 6 && alone.find(".\n") == alone.size() - 2;
    }
    if (!blank_lines && !plain) continue;
    ++asked;
    auto d = reflow_ok("Harbour Ferry Repairs Drag On\n\n" + body);
    INFO("page " << page << ", width " << width << ":\n" << body);
    CHECK(blocks_of(d) == paragraphs);
  }
  CHECK(asked >= 25);
}

namespace {

// A paragraph set ragged-right in a column of `width` characters with its long words split
// at line ends by `mark` ("-", U+2010, OCR's "¬", a soft hyphen), as a typesetter hyphenates.
std::vector<std::string> hyphenated_column(const std::string& paragraph, std::size_t width, const std::string& mark) {
  std::vector<std::string> lines;
  std::string cur;
  for (std::size_t k = 0, e; k < paragraph.size(); k = e + 1) {
    e = std::min(paragraph.find(' ', k), paragraph.size());
    std::string word = paragraph.substr(k, e - k);
    const std::size_t sep = cur.empty() ? 0 : 1;
    if (cur.size() + sep + word.size() <= width) {
      cur += (sep ? " " : "") + word;
      continue;
    }
    // (Three letters at least on either side; letters only.)
    const std::size_t room = width - cur.size() - sep;
    const bool letters = std::all_of(word.begin(), word.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    if (letters && word.size() >= 7 && room >= 4) {
      const std::size_t at = std::min(room - 1, word.size() - 3);
      lines.push_back(cur + (sep ? " " : "") + word.substr(0, at) + mark);
      cur = word.substr(at);
      continue;
    }
    lines.push_back(cur);
    cur = word;
  }
  lines.push_back(cur);
  return lines;
}

}  // namespace

TEST_CASE("dehyphenation: a word split over the blank line that ends a column is rejoined", "[reflow][latin]") {
  // Some extractors print a blank line where a column ends, in the middle of a story; when
  // the column ended in a split word, the word and its paragraph go on under the blank line.
  const std::string paragraph =
      "The harbour authority said negotiations with shareholders about the administration of the "
      "terminal continued throughout February, although representatives of the operators "
      "complained that the infrastructure programme remained underfunded and uncertain.";
  const std::string next = "Officials expect an agreement before the summer.";
  const std::string marks[] = {"-", "\u2010", "\u00ac", "\u00ad"};
  int pages = 0;
  for (std::size_t width = 28; width <= 72; width += 4) {
    for (const std::string& mark : marks) {
      const std::vector<std::string> lines = hyphenated_column(paragraph, width, mark);
      for (std::size_t cut = 0; cut + 1 < lines.size(); ++cut) {
        if (lines[cut].size() < mark.size() || lines[cut].compare(lines[cut].size() - mark.size(), mark.size(), mark) != 0) continue;
        for (const bool indents : {true, false}) {
          std::string page = "Harbour Talks Drag On\n\n";
          for (std::size_t k = 0; k < lines.size(); ++k) {
            page += (indents && k == 0 ? "    " : "") + lines[k] + "\n";
            if (k == cut) page += "\n";  // (the column's end)
          }
          page += indents ? "    " + next + "\n" : "\n" + next + "\n";
          auto d = reflow_ok(page);
          INFO(page);
          CHECK(blocks_of(d) == std::vector<std::string>{paragraph, next});
          ++pages;
        }
      }
    }
  }
  CHECK(pages >= 40);
}

TEST_CASE("dehyphenation counter-example: a compound split over a column's end keeps its hyphen", "[reflow][latin]") {
  // The page spells it with its hyphen elsewhere: it stays, with no space, as at any line end.
  for (const char* gap : {"\n", "\n\n"}) {
    const std::string page = std::string("Harbour Talks Drag On\n\n") +
        "    The harbour authority signed a long-term lease with the operator of the\n"
        "container terminal, which had asked for a long-" + gap +
        "term agreement since the autumn, officials said.\n"
        "    Officials expect the first ships in the summer.\n";
    auto d = reflow_ok(page);
    REQUIRE(blocks_of(d).size() == 2);
    CHECK(blocks_of(d)[0].find("a long-term agreement since") != std::string::npos);
  }
}

TEST_CASE("Latin: a dash of hyphens set apart by spaces at a line end stays set apart", "[reflow][latin]") {
  // Wire copy prints its dashes as two hyphens between spaces (" -- "); where a line ends
  // after one, the words on either side are still spaced from it. A dash glued to its
  // words, or a compound's hyphen after a digit, is joined as it was.
  for (const char* dash : {"--", "-", "---"}) {
    const std::string page = std::string("The wheat growers will not go on subsidizing foreign producers ") + dash +
                             "\nand they said so on Monday.\n";
    CHECK(blocks_of(reflow_ok(page)).at(0) ==
          std::string("The wheat growers will not go on subsidizing foreign producers ") + dash + " and they said so on Monday.");
  }
  CHECK(blocks_of(reflow_ok("The wheat growers will not go on subsidizing producers--\nand they said so.\n")).at(0) ==
        "The wheat growers will not go on subsidizing producers--and they said so.");
  CHECK(blocks_of(reflow_ok("The hospital opened a new 998-\nbed wing on Monday.\n")).at(0) == "The hospital opened a new 998-bed wing on Monday.");
}

TEST_CASE("paragraphs: a first line that stopped short because the next word and its space would not fit is text", "[reflow][latin]") {
  // "Bank of Leith NT and SA's" reads like a head, alone; it stops short of the column
  // only because "<BLT.N>" and the space before it would not have fitted. The widths are
  // compared without spaces, the ink: the line and its next word hold as much ink as the
  // column's full lines, and one space more than they. (Drawn at random; the pages where
  // the first line stops right there, by that measure, are asked about.)
  static const char* const words[] = {"Bank", "of", "Leith", "NT", "and", "SA's", "Harbour", "Trust", "America", "Kent", "Co"};
  std::mt19937 rng(20261204);
  int asked = 0;
  const auto ink = [](const std::string& line) { return static_cast<std::size_t>(std::count_if(line.begin(), line.end(), [](char c) { return c != ' '; })); };
  for (int page = 0; page < 40000 && asked < 12; ++page) {
    std::string opening = words[rng() % std::size(words)];
    for (int n = 2 + static_cast<int>(rng() % 4); n > 0; --n) opening += std::string(" ") + words[rng() % std::size(words)];
    opening[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(opening[0])));
    std::string ticker = "<";
    ticker.append("ABCD", 2 + rng() % 3).append(".N>");
    const std::string first = opening + " " + ticker + " West German branch said it is negotiating the sale of its credit card operation to a local bank it acquired in 1965.";
    const std::string second = "The sale is expected to be completed by the end of June, a spokesman said.";
    const std::string body = latin_column({first, second}, 24 + rng() % 27, -1, false);
    const std::string head = "Corrected - Harbour Bank Negotiating\nSale Of Units\n\n";
    if (body.compare(0, body.find('\n'), opening) != 0) continue;
    std::vector<std::size_t> inks;
    for (std::size_t k = 0, e; k < head.size() + body.size(); k = e + 1) {
      e = (head + body).find('\n', k);
      if (e > k) inks.push_back(ink((head + body).substr(k, e - k)));
    }
    std::sort(inks.begin(), inks.end());
    if (inks.size() > 17 || ink(opening) + ticker.size() != inks[inks.size() * 3 / 4]) continue;
    ++asked;
    auto d = reflow_ok(head + body);
    INFO(head + body);
    CHECK(headlines_of(d) == std::vector<std::string>{"Corrected - Harbour Bank Negotiating Sale Of Units"});
    CHECK(blocks_of(d) == std::vector<std::string>{first, second});
  }
  CHECK(asked >= 5);
}

TEST_CASE("headlines: a title-case head line ending in an abbreviation goes on in the line under it", "[reflow][latin]") {
  for (const char* abbreviation : {"U.S.", "U.K.", "Corp.", "Inc."}) {
    const std::string page = std::string("Harbour Ferry Late February ") + abbreviation +
                             "\nSales Off 42.5 Pct\n\n"
                             "The harbour ferry said its sales for the February 21 to 28 period fell\n"
                             "42.5 pct to 1,572 tickets from 2,734 in the same period last year.\n";
    auto d = reflow_ok(page);
    CHECK(headlines_of(d) == std::vector<std::string>{std::string("Harbour Ferry Late February ") + abbreviation + " Sales Off 42.5 Pct"});
  }
  // Counter-example: a sentence's period ends the head; the title-case line under it is
  // another display line (here the deck), not the head going on.
  auto d = reflow_ok(
      "Harbour Ferry Sales Fell In February.\nTickets Off 42.5 Pct\n\n"
      "The harbour ferry said its sales for the February 21 to 28 period fell\n"
      "42.5 pct to 1,572 tickets from 2,734 in the same period last year.\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline.find("Tickets") == std::string::npos);
}

namespace {

// The input lines (1-based) that a document's articles and residue say they came from.
std::vector<std::uint32_t> lines_read(const document& d) {
  std::vector<std::uint32_t> out;
  const auto add = [&](const std::vector<line_range>& ranges) {
    for (const line_range& r : ranges)
      for (std::uint32_t l = r.first; l <= r.last; ++l) out.push_back(l);
  };
  for (const article& a : d.articles) {
    add(a.headline_lines);
    for (const auto& deck : a.deck_lines) add(deck);
    for (const block& b : a.blocks) add(b.lines);
  }
  for (const residue_item& r : d.residue) add(r.lines);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// n words of Chinese prose, drawn from rng.
std::string cjk_phrase(std::mt19937& rng, int n) {
  static const std::vector<std::string> words = {"城市", "治理", "工作", "服务", "群众", "发展", "推动", "建设", "项目",
                                                 "机制", "基层", "矛盾", "纠纷", "源头", "调解", "产业", "集群", "装备"};
  std::string s;
  for (int k = 0; k < n; ++k) s += words[rng() % words.size()];
  return s;
}

// A head over three paragraphs of three to six clauses each (clause() draws one), set in
// lines of `cells` cells.
template <class Clause>
std::string typeset_paragraphs(std::mt19937& rng, int cells, Clause clause) {
  std::string typeset = cjk_phrase(rng, 4) + "\n\n";
  for (int p = 0; p < 3; ++p) {
    std::string text = cjk_phrase(rng, 2);
    const int clauses = 3 + static_cast<int>(rng() % 4);
    for (int c = 0; c < clauses; ++c) text += clause();
    text += cjk_phrase(rng, 2) + "。";
    typeset += in_cells("　　" + text, cells);
  }
  return typeset;
}

// typeset with a line break after each character where breaks_after(ch, next, k) holds (the
// character, the three bytes after it, the offset after it), as an extractor breaks lines;
// `broken` counts the breaks.
template <class Where>
std::string broken_lines(const std::string& typeset, Where breaks_after, int& broken) {
  std::string raw;
  for (std::size_t k = 0; k < typeset.size();) {
    const auto lead = static_cast<unsigned char>(typeset[k]);
    const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : 3;
    const std::string ch = typeset.substr(k, n), next = typeset.substr(k + n, 3);
    raw += ch;
    k += n;
    if (breaks_after(ch, next, k)) raw += '\n', ++broken;
  }
  return raw;
}

}  // namespace

TEST_CASE("lines: a line an extractor broke before a closing mark goes back on the line above", "[reflow]") {
  // `pdftotext -raw` breaks a printed line where the typesetter drew a pair of CJK marks,
  // squeezed together, as a run of their own: "…消息（新闻联播）" / "：今年以来…", "…治理。" /
  // "”院长说。", "…“三站两中心”" / "，将…". No printed line opens with a closing mark: the
  // page reads as it would unbroken, and every line is still accounted for.
  std::mt19937 rng(15);
  const auto phrase = [&](int n) { return cjk_phrase(rng, n); };
  // A clause that ends in a pair of marks: a quotation or an aside, then its punctuation.
  const auto clause = [&]() {
    switch (rng() % 5) {
      case 0: return phrase(3) + "（" + phrase(2) + "）：";
      case 1: return phrase(2) + "“" + phrase(2) + "”，";
      case 2: return phrase(3) + "“" + phrase(1) + "”。";
      case 3: return "“" + phrase(4) + "。”";
      default: return phrase(3) + "，";
    }
  };
  int broken = 0;
  for (int v = 0; v < 60; ++v) {
    const int cells = 20 + 4 * static_cast<int>(rng() % 4);
    const std::string typeset = typeset_paragraphs(rng, cells, clause);
    // The same lines broken before the second mark of every pair.
    static const std::vector<std::string> closing = {"：", "，", "。", "”", "）"};
    const auto closes = [](const std::string& c) { return std::find(closing.begin(), closing.end(), c) != closing.end(); };
    const std::string raw =
        broken_lines(typeset, [&](const std::string& ch, const std::string& next, std::size_t) { return closes(ch) && closes(next); }, broken);
    INFO(raw);
    const auto want = reflow_ok(typeset), got = reflow_ok(raw);
    CHECK(headlines_of(got) == headlines_of(want));
    CHECK(blocks_of(got) == blocks_of(want));
    const std::uint32_t lines = static_cast<std::uint32_t>(std::count(raw.begin(), raw.end(), '\n'));
    std::vector<std::uint32_t> nonblank;
    for (std::uint32_t l = 1, at = 0; l <= lines; ++l) {
      const std::size_t end = raw.find('\n', at);
      if (end > at) nonblank.push_back(l);
      at = static_cast<std::uint32_t>(end + 1);
    }
    CHECK(lines_read(got) == nonblank);
    CHECK(got.stats.input_lines == lines);
  }
  CHECK(broken > 200);
}

TEST_CASE("lines: a line led by a closing mark under a justified line is a printed line of its own", "[reflow]") {
  // A typesetter that wraps by a count of characters opens a line with "）：" now and then,
  // under a line spread to the measure ("本 报 讯 （ 记 者 王 明 张 华" / "）：连日来…"). Spread
  // by justification, the line above is full whatever its count, though a mark hung past the
  // measure below makes the column look wider: joined, the two would be a line wider than
  // any, read as a head.
  const std::vector<std::string> fillers = {"城郊多个蔬菜基地迎来采收高峰菜农们忙着采摘白菜和萝卜装车运往城里",
                                            "港口今年优化航线布局货运能力持续提升产业集群装备加快升级基层治理"};
  const auto spread = [](const std::string& line) {
    std::string out;
    for (std::size_t k = 0; k < line.size(); k += 3) {
      if (k > 0) out += ' ';
      out.append(line, k, 3);
    }
    return out;
  };
  for (const std::string& filler : fillers)
    for (std::size_t measure = 12; measure <= 14; ++measure) {
      const std::string opening = "本报讯（记者王明张华", rest = "）：" + filler.substr(0, 3 * (measure - 2));
      std::string page = "城郊蔬菜喜获丰收\n\n" + spread(opening) + "\n" + rest + "\n";
      std::string text = opening + rest;
      // Spread lines of the measure, one with a mark hung past it.
      for (std::size_t k = 3 * (measure - 2); k + 3 * measure <= filler.size(); k += 3 * measure) {
        const std::string line = filler.substr(k, 3 * measure) + (k == 3 * (measure - 2) ? "、" : "");
        page += spread(line) + "\n";
        text += line;
      }
      page += "收入明显增加。\n";
      text += "收入明显增加。";
      INFO(page);
      const auto d = reflow_ok(page);
      CHECK(headlines_of(d) == std::vector<std::string>{"城郊蔬菜喜获丰收"});
      CHECK(blocks_of(d) == std::vector<std::string>{text});
    }
}

TEST_CASE("lines: a Latin line opened by a comma, a bracket or an abbreviation's period goes on the line above", "[reflow][latin]") {
  // "…Dunmore Partners L.P" / "., a Chicago firm": the period of initials, a comma or a
  // closing bracket that an extractor printed on a line of its own belongs to the word above.
  for (const char* name : {"J.P", "L.P", "S.P", "U.S"})
    for (const char* rest : {". Industries said it formed a venture.", "., a Chicago firm, said it sold shares.",
                             ") said it would sell the unit."}) {
      const std::string page = std::string("The company was acquired by ") + name + "\n" + rest + "\n";
      INFO(page);
      const auto d = reflow_ok(page);
      REQUIRE(blocks_of(d).size() == 1);
      CHECK(blocks_of(d)[0] == std::string("The company was acquired by ") + name + rest);
    }
}

TEST_CASE("lines counter-example: a period that opens a word opens its line", "[reflow][latin]") {
  // ".NET", an ellipsis: a word that starts with the mark, not a mark that ends the word above.
  auto d = reflow_ok("The program was written in\n.NET and runs on every desktop.\n");
  CHECK(blocks_of(d).at(0) == "The program was written in .NET and runs on every desktop.");
  auto f = reflow_ok("He paused and then said\n... nothing more at all.\n");
  CHECK(blocks_of(f).at(0) == "He paused and then said ... nothing more at all.");
}

TEST_CASE("curly quotes, dashes and ellipses are the Latin text's they stand against", "[reflow]") {
  // Papers print “…”, ‘…’, ’, — and …, which Chinese text shares (and the text stage classes
  // as CJK punctuation): beside Latin words they keep the spaces around them, in a line and
  // at its breaks.
  auto d = reflow_ok(
      "The trader said that the\n"
      "“market will recover soon” and the firm —\n"
      "a broker — added that its\n"
      "‘best days’ were ahead … of the\n"
      "’90s and the traders and the brokers.\n");
  REQUIRE(blocks_of(d).size() == 1);
  CHECK(blocks_of(d)[0] ==
        "The trader said that the “market will recover soon” and the firm — a broker — added that its "
        "‘best days’ were ahead … of the ’90s and the traders and the brokers.");
}

TEST_CASE("an em dash set close to its words joins them close at a line break", "[reflow]") {
  auto d = reflow_ok(
      "The trader said that the firm—\n"
      "a broker—added that the market\n"
      "—and its traders—would recover.\n");
  REQUIRE(blocks_of(d).size() == 1);
  CHECK(blocks_of(d)[0] == "The trader said that the firm—a broker—added that the market—and its traders—would recover.");
}

TEST_CASE("curly quotes counter-example: in Chinese text they keep no space", "[reflow]") {
  auto d = reflow_ok("他说，“我们正在推进 “AI” 技术的发展 ” ，\n“十五五”规划的目标很明确。\n");
  REQUIRE(blocks_of(d).size() == 1);
  CHECK(blocks_of(d)[0] == "他说，“我们正在推进“AI”技术的发展”，“十五五”规划的目标很明确。");
}

TEST_CASE("paragraphs: a Latin line opened by a word in lower case goes on with an unfinished sentence across a blank line (OCR)", "[reflow][latin][ocr]") {
  // Tesseract read each line of the paragraph as a block of its own, a blank line after each.
  auto d = reflow_ok(
      "Ecopa Inside Export Quota, Varga Says\n\n"
      "Ecopa remains inside its agreed export quota of 2.45 mln\n\n"
      "tonnes a year, and had looked for recent swings in the copper\n\n"
      "price of two or three cents, Valdoria's Mines Minister Varga\n\n"
      "said.\n\n"
      "She told the press after talks with Premier Anton Orlan that\n"
      "present softness in the cash copper price came because of\n"
      "slower building in the U.S. and Asia.\n");
  CHECK(headlines_of(d) == std::vector<std::string>{"Ecopa Inside Export Quota, Varga Says"});
  REQUIRE(blocks_of(d).size() == 2);
  CHECK(blocks_of(d)[0] ==
        "Ecopa remains inside its agreed export quota of 2.45 mln tonnes a year, and had looked for recent swings "
        "in the copper price of two or three cents, Valdoria's Mines Minister Varga said.");
}

TEST_CASE("headlines counter-example: a sentence-case head's second line opens in lower case and stays in the head", "[reflow][latin][ocr]") {
  auto d = reflow_ok(
      "Kesselbank says it holds\nits deposit rates steady\n\n"
      "Contract volumes in U.S. Lumber and pulp\nfutures in October fell short of the previous\n"
      "month while plywood and veneer cash-settled\ncontracts were busier, exchange data show.\n");
  CHECK(headlines_of(d) == std::vector<std::string>{"Kesselbank says it holds its deposit rates steady"});
}

TEST_CASE("headlines: a Latin head's short last line, one blank line under its wrapped line, stays in the head (OCR)", "[reflow][latin][ocr]") {
  // Tesseract read the head's last line as a paragraph of its own and set a blank line over it.
  auto d = reflow_ok(
      "Kenya April Bill Yield Expected Steady At\n\n"
      "Nine Pct\n\n"
      "The Treasury has quietly suggested to its panel of bill\n"
      "dealers and discount houses that the yield on April's 91-day\n"
      "Treasury bills should be held at nine pct, dealers said.\n\n"
      "The offer size is likely to be fixed at about 42 billion\n"
      "shillings, against 35 billion in March, they said.\n");
  CHECK(headlines_of(d) == std::vector<std::string>{"Kenya April Bill Yield Expected Steady At Nine Pct"});
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].deck.empty());
}

TEST_CASE("headlines counter-example: a byline one blank line under a Latin head is no line of it", "[reflow][latin][ocr]") {
  auto d = reflow_ok(
      "Kelso Foundries <Kfdy> To Buy Back Stock\n\n"
      "By Peter Hale\n\n"
      "Venezuela Plans New\nFinancing With Limits\n\n"
      "Venezuela will cap new borrowing at 45 pct of its interest and\n"
      "principal it pays back on its 27 billion dlr public debt,\n"
      "President Tomas Arvelo told the party's leaders.\n");
  REQUIRE(!d.articles.empty());
  CHECK(d.articles[0].headline == "Kelso Foundries <Kfdy> To Buy Back Stock");
}

TEST_CASE("furniture: a masthead's and a foot's folio read by OCR with letters for digits are the page's", "[reflow][latin][ocr]") {
  // Tesseract reads "A16" in small type as "Al6", "A9" as "AQ", "A7" as "AT".
  const std::string text =
      "Harbour Ferry Carries Record Numbers\n\n"
      "The harbour ferry said it carried more passengers last year than in any year since its\n"
      "first crossing, and the operator said new boats would join the fleet next spring.\n\n";
  for (const std::string folio : {"Al6", "AQ", "AT", "Al11"}) {
    INFO(folio);
    const auto d = reflow_ok("The Daily Courier\n\nMonday, March 19, 2026\n\nPage " + folio + " News\n\n" + text +
                             "Editor: Jane Moss\n\n" + folio + "\n");
    REQUIRE(d.articles.size() == 1);
    CHECK(d.articles[0].headline == "Harbour Ferry Carries Record Numbers");
    CHECK(d.articles[0].deck.empty());
    CHECK(d.residue.size() == 5);
  }
}

TEST_CASE("furniture counter-example: a short word in capitals at a page's end, under text, is the text's", "[reflow][latin][ocr]") {
  const auto d = reflow_ok(
      "Harbour Ferry Carries Record Numbers\n\n"
      "The harbour ferry said it carried more passengers last year than in any year since its\n"
      "first crossing, and the operator said new boats would join the fleet next spring.\n\n"
      "All\n");
  CHECK(d.residue.empty());
}

TEST_CASE("datelines: a news item's opening with OCR's bracket for \"（\", a space before it, opens a paragraph (OCR)", "[reflow][ocr]") {
  // Tesseract reads "央视网消息（新闻联播）：" as "央视网消息 〈新闻联播) :" or "央视网消息〈新闻联播)",
  // and left out the blank line over the second story's head.
  for (const std::string opening : {"央视网消息 〈新闻联播) :", "央视网消息〈新闻联播)", "央视网消息 (新闻联播) :"}) {
    INFO(opening);
    const auto d = reflow_ok(
        "全省数十座城市表彰交通执法人\n员规范执法\n\n" + opening +
        "\n全省数十座主要城市10日举行\n大规模表彰活动，表彰交警与\n城管执法局执法人员在南湖大\n"
        "道上勇救落水群众的先进事迹\n一批典型。\n\n"
        "南湖区公安交管局表示，\n当天该市的参与者达到上万\n人，参与者与执法人员进行交\n流，约30名交警获得表彰。\n"
        "王市长会见斯里兰卡客人\n\n" +
        opening + "\n10月14日上午，南湖市市长王\n明在南湖国际会议中心会见来\n\n出席港口合作论坛的斯里兰卡\n客商代表团一行人。\n");
    REQUIRE(d.articles.size() == 2);
    REQUIRE(!d.articles[1].blocks.empty());
    CHECK(d.articles[1].blocks[0].text.starts_with("央视网消息"));
  }
}

// A story's last paragraph, a line, a blank line and a news item's opening (OCR left out
// the blank line over the line).
std::string over_news_item(const std::string& line) {
  return "全省数十座城市表彰交通执法人\n员规范执法\n\n"
         "央视网消息（新闻联播）：\n全省数十座主要城市10日举行\n大规模表彰活动，表彰交警与\n城管执法局执法人员在南湖大\n"
         "道上勇救落水群众的先进事迹\n一批典型。\n\n"
         "南湖区公安交管局表示，\n当天该市的参与者达到上万\n人，参与者与执法人员进行交\n流，约30名交警获得表彰。\n" +
         line + "\n\n"
         "央视网消息（新闻联播）：\n10月14日上午，南湖市市长王\n明在南湖国际会议中心会见来\n出席港口合作论坛的斯里兰卡\n"
         "客商代表团一行人。\n";
}

TEST_CASE("headlines: a line ending in a word, right under a finished paragraph and over a news item's opening, is its head (OCR)", "[reflow][ocr]") {
  const auto d = reflow_ok(over_news_item("王市长会见斯里兰卡客人"));
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "王市长会见斯里兰卡客人");
  REQUIRE(!d.articles[1].blocks.empty());
  CHECK(d.articles[1].blocks[0].text.starts_with("央视网消息"));
}

TEST_CASE("headlines counter-example: a line with a comma over a news item's opening is text", "[reflow][ocr]") {
  const auto d = reflow_ok(over_news_item("据了解，当天共有上千名群众参加"));
  for (const std::string& h : headlines_of(d)) CHECK(h.find("群众") == std::string::npos);
}

// A paragraph's line that OCR set apart as a block of its own, shorter than the column by
// a wider box's lines around it: its "。" inside outweighs its being set apart.
TEST_CASE("headlines: a CJK line with a \"。\" inside, set apart between wide lines, is text (OCR)", "[reflow][ocr]") {
  options opts;
  opts.explain = true;
  const auto d = reflow_ok(
      "东湖图书馆完成改造重新开放\n\n"
      "央视网消息（新闻联播）：经过半年施工，东湖图书馆的改造工程日前全部完工，馆内新增阅览座位\n"
      "三百余个。\n\n"
      "开放。馆方为周边学校的师生设立专门借阅窗口，每周二下午\n\n"
      "在少儿阅览区，工作人员按照年龄段重新摆放了绘本和科普读物，书架高度也降低了\n"
      "许多，孩子们可以自己挑选图书。馆长李文清介绍，下一步还将开设周末读书会和手\n"
      "工课堂，欢迎市民带孩子前来参加。\n",
      opts);
  REQUIRE(d.explanation.size() >= 4);
  CHECK(d.explanation[0].role == "headline");
  CHECK(d.explanation[3].line == 6);
  CHECK(d.explanation[3].role == "body");
  CHECK(d.articles.at(0).headline == "东湖图书馆完成改造重新开放");
}

TEST_CASE("credits: a bracketed credit opened by \"〈\", OCR's reading of \"（\", is its story's credit (OCR)", "[reflow][ocr]") {
  const auto d = reflow_ok(
      "智能家电加快向我们走来\n\n"
      "今年的政府工作报告提出，持续推进人工智能行动，\n大力发展智能网联新能源汽车。\n\n"
      "〈作者单位: 省社会科学院)\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(blocks_of(d, block_kind::credit) == std::vector<std::string>{"〈作者单位:省社会科学院)"});
}

TEST_CASE("despacing: an ASCII mark beside an ideograph loses the spaces OCR set around it", "[reflow][ocr]") {
  // Tesseract reads "（新闻联播）：" as "(新闻联播): " and sets spaces beside the marks.
  auto d = reflow_ok("央视网消息 (新闻联播): 根据伊朗副总统公布的相关安排，从当地时间今天 (5月21日) 上午开始举行。\n");
  CHECK(blocks_of(d).at(0) == "央视网消息(新闻联播):根据伊朗副总统公布的相关安排，从当地时间今天(5月21日)上午开始举行。");
}

TEST_CASE("despacing counter-example: a space between an ideograph and a Latin word stays", "[reflow][ocr]") {
  auto d = reflow_ok("记者用 iPhone 拍摄了现场画面，并发回报道。\n");
  CHECK(blocks_of(d).at(0) == "记者用 iPhone 拍摄了现场画面，并发回报道。");
}

TEST_CASE("decks: a line led by \"一一\", OCR's reading of the dash \"——\", is the subtitle under its head", "[reflow][ocr]") {
  auto d = reflow_ok(
      "周市长同荷兰客人举行会谈\n一一两市是往来密切的友好城市\n\n"
      "央视网消息：欢迎仪式后，周市长同客人举行会谈。\n"
      "周市长表示，两市是往来密切的友好城市。两市建立面向发展与繁荣的友\n"
      "好城市关系多年来，带动双方各领域交流合作有力拓展。\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "周市长同荷兰客人举行会谈");
  CHECK(d.articles[0].deck == std::vector<std::string>{"一一两市是往来密切的友好城市"});
}

TEST_CASE("decks counter-example: a line of text opened by the word \"一一\" goes on with its paragraph", "[reflow][ocr]") {
  auto d = reflow_ok("代表们提出的问题，有关部门已经\n一一作出答复，并将办理情况向社\n会公开，接受群众监督。\n");
  CHECK(blocks_of(d) == std::vector<std::string>{"代表们提出的问题，有关部门已经一一作出答复，并将办理情况向社会公开，接受群众监督。"});
}

TEST_CASE("lines: the words of a justified line that an extractor printed a line each go back on one line", "[reflow][latin]") {
  // Chromium draws a justified line's words apart: `mutool draw -F txt` prints each word on
  // a line of its own that ends in a space ("Swiss " / "francs " / "of " / "unguaranteed"),
  // `pdftotext` each word as a block of its own, a blank line after it (its other lines as
  // they are here: blank lines everywhere are another rule's business). The page reads as
  // it would with the line whole, and every line is still accounted for.
  const std::string head = "Kestrel Oil To Issue Swiss Franc Note\n\n";
  const std::vector<std::string> lines = {
      "Kestrel Oil Co said it is to issue at par",    "135 mln Swiss francs of unguaranteed",
      "12-year notes paying an annual rate of 4-1/2", "pct plus detachable currency options and",
      "Banca Lemano is to head the underwriters.",    "Payment falls due May 14 and each 20,000",
      "Swiss franc note comes with a warrant that",   "lets its holder buy 20,000 francs forward.",
  };
  const std::vector<std::size_t> spread = {1, 6};  // (the lines set with wide spaces)
  std::string whole = head;
  for (const std::string& l : lines) whole += l + "\n";
  const auto want = reflow_ok(whole);
  for (const bool mutool : {true, false}) {
    std::string raw = head;
    for (std::size_t k = 0; k < lines.size(); ++k) {
      if (std::find(spread.begin(), spread.end(), k) == spread.end()) {
        raw += lines[k] + "\n";
        continue;
      }
      std::istringstream words(lines[k]);
      std::vector<std::string> w{std::istream_iterator<std::string>(words), {}};
      for (std::size_t j = 0; j < w.size(); ++j) raw += w[j] + (mutool ? (j + 1 < w.size() ? " \n" : "\n") : "\n\n");
    }
    INFO(raw);
    const auto got = reflow_ok(raw);
    CHECK(headlines_of(got) == headlines_of(want));
    CHECK(blocks_of(got) == blocks_of(want));
    CHECK(got.stats.input_lines == static_cast<std::uint32_t>(std::count(raw.begin(), raw.end(), '\n')));
  }
}

TEST_CASE("lines counter-example: one-word lines that make no full line stay apart", "[reflow][latin]") {
  // Words a line each that would not fill the column (a list), or fewer than three with no
  // space after them to tell where a printed line ends, are lines of their own.
  const std::string column = "Results of the vote in the northern districts were\nannounced late on Sunday by the commission\n"
                             "that counted the ballots of every town twice\nand published them on its website today.\n\n";
  for (const std::string list : {"Yes\n\nNo\n\nAbstained\n\n", "Yes\nNo\nAbstained\n", "Turnout\n\nrose\n\n"}) {
    statistics st;
    const std::string input = column + list + column;  // (the page borrows the input's bytes: kept alive)
    const detail::page_text text = detail::decode_page(input, st);
    INFO(list);
    CHECK_FALSE(detail::rejoin_spread_words(text).has_value());
  }
  // (The same words as the pieces of a line that fills the column are joined.)
  statistics st;
  const std::string input = column + "The \nresults \nof \nthe \nvote \nwere \nannounced \nlate\n\n" + column;
  const detail::page_text text = detail::decode_page(input, st);
  const auto joined = detail::rejoin_spread_words(text);
  REQUIRE(joined.has_value());
  CHECK(joined->text.find("The results of the vote were announced late\n") != std::string::npos);
}

TEST_CASE("lines: a word line is one word between the spaces at its ends, and a space inside makes none", "[reflow][latin]") {
  // rejoin_spread_words turns away a short line with a space inside before it decodes the
  // line's characters: the spaces and tabs at a word line's ends are no such space.
  const std::string column = "Results of the vote in the northern districts were\nannounced late on Sunday by the commission\n"
                             "that counted the ballots of every town twice\nand published them on its website today.\n\n";
  {
    statistics st;
    const std::string input = column + "  The \nresults\t \n\tof \nthe  \nvote \n were \nannounced \nlate\n\n" + column;
    const detail::page_text text = detail::decode_page(input, st);
    const auto joined = detail::rejoin_spread_words(text);
    REQUIRE(joined.has_value());
    CHECK(joined->text.find("The results of the vote were announced late\n") != std::string::npos);
  }
  {
    // (Words that open with a curly quote, past ASCII but short of U+3000, are word lines
    // too; a line of ideographs is none.)
    statistics st;
    const std::string input = column + "\xE2\x80\x9CThe \nresults \nof \nthe \nvote \nwere \nannounced \nlate\xE2\x80\x9D\n\n" +
                              "\xE4\xB8\xAD\xE6\x96\x87\n\xE4\xB8\xAD\xE6\x96\x87\n\n" + column;
    const detail::page_text text = detail::decode_page(input, st);
    const auto joined = detail::rejoin_spread_words(text);
    REQUIRE(joined.has_value());
    CHECK(joined->text.find("\xE2\x80\x9CThe results of the vote were announced late\xE2\x80\x9D\n") != std::string::npos);
    CHECK(joined->text.find("\n\xE4\xB8\xAD\xE6\x96\x87\n\xE4\xB8\xAD\xE6\x96\x87\n") != std::string::npos);
  }
  {
    // (Two words on a line: the run of word lines ends there, and that line is joined to
    // none.)
    statistics st;
    const std::string input = column + "The \nresults \nof the \nvote \nwere \nannounced\n\n" + column;
    const detail::page_text text = detail::decode_page(input, st);
    const auto joined = detail::rejoin_spread_words(text);
    const std::string out = joined ? joined->text : input;
    CHECK(out.find("\nof the \n") != std::string::npos);
  }
}

TEST_CASE("paragraphs: blank lines after most lines, many of them inside sentences, are spacing", "[reflow][latin]") {
  // `mutool draw -F txt` prints each printed line as a block of its own, a blank line after
  // it, but now and then two lines as one block: fewer than four lines in five are followed
  // by a blank line, and many of those blank lines fall inside a sentence. They part no
  // paragraphs: the page reads as it would without them. (A head over such a page takes
  // two blank lines, as over any double-spaced page.)
  const std::vector<std::string> lines = {
      "Marlow Group's Kestrel Refining Corp said",    "it increased the price it will be paying for",
      "every grade of crude oil by 50 cts a barrel,", "effective at once, the refiner said in a",
      "statement released in Tulsa on Tuesday.",       "The change lifts Kestrel's posted price",
      "for Gulf Coast Light Sweet to 18.50 dlrs",      "a barrel, and Gulf Coast Heavy is now also",
      "quoted at 16.25 dlrs a barrel, it added.",      "Northern Prairie Sweet is posted at 18.10",
      "dlrs a barrel, up 50 cts from last week.",
  };
  std::string whole, spaced;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    whole += lines[k] + "\n";
    spaced += lines[k] + (k % 3 == 1 ? "\n" : "\n\n");  // (two lines in three followed by a blank line)
  }
  const auto want = reflow_ok(whole), got = reflow_ok(spaced);
  INFO(spaced);
  CHECK(got.stats.double_spaced);
  CHECK(blocks_of(got) == blocks_of(want));
}

TEST_CASE("paragraphs: wire copy pasted a paragraph a line, its long lines all ending a sentence, keeps every line a paragraph", "[reflow][latin]") {
  // Paragraphs of a sentence or two, of uneven length, each on one line as a web page or a
  // tool that unwraps gives them: the short one after a long one is not its last line.
  const char* page =
      "Futures Volumes Hit A Record In February\n"
      "The volume of contracts traded on the exchange reached a record in February, the clearing house said on Tuesday.\n"
      "The previous high was set in December.\n"
      "The value of the contracts traded in February was nearly three billion dollars, the clearing house added.\n"
      "Traders said the rise came from new interest rate contracts introduced late last year.\n";
  auto d = reflow_ok(page);
  const auto paragraphs = blocks_of(d);
  REQUIRE(paragraphs.size() == 4);
  CHECK(paragraphs[1] == "The previous high was set in December.");
}

TEST_CASE("paragraphs counter-example: a printed column whose full lines run on is not unwrapped", "[reflow][latin]") {
  // The same length of lines, but set in a column: its full lines end mid-sentence, and a
  // short line after a full one that ends a sentence is that paragraph's last.
  const char* page =
      "The volume of contracts traded on the exchange reached a record in February, the\n"
      "clearing house said on Tuesday, well above the level it had forecast in the autumn.\n"
      "The previous high was set in December.\n"
      "The value of the contracts traded in February was nearly three billion dollars, as\n"
      "the clearing house added in its monthly report to members of the exchange today.\n"
      "Traders said the rise came from new interest rate contracts introduced last year.\n";
  auto d = reflow_ok(page);
  const auto paragraphs = blocks_of(d);
  CHECK(paragraphs.size() < 6);
}

TEST_CASE("paragraphs: a story of two paragraphs pasted a line each, one wider than any column, stays two", "[reflow][latin]") {
  auto d = reflow_ok(
      "Airline Unit Attacked On Hiring\n"
      "The airline was accused in a congressional hearing today of locking minorities out of key jobs, but the "
      "company said it had made tremendous progress in minority hiring over the years.\n"
      "The airline has been under a court order since 1976 to increase its minority employment.\n");
  CHECK(blocks_of(d).size() == 2);
}

TEST_CASE("headlines: on a double-spaced page, two heads each printed as a block of lines stay two", "[reflow][latin]") {
  // pdftotext's default mode prints the heads of a row of boxes one under the other, each
  // a block of its lines, a blank line after each block, and the text double-spaced.
  const char* page =
      "Venezuela Plans New\nFinancing With Limits\n\n"
      "Rand Canada February\nCar Sales Off Two Pct\n\n"
      "Venezuela will seek new loans from its commercial bank\n\n"
      "creditors this year but will limit the amount it borrows to\n\n"
      "what the economy can carry, the finance minister said on\n\n"
      "Tuesday.\n\n"
      "Rand Motor Co of Canada said its February car sales fell\n\n"
      "two pct from a year earlier, to 14,230 units from 14,520,\n\n"
      "while its truck sales rose two pct in the month.\n";
  auto d = reflow_ok(page);
  CHECK(d.stats.double_spaced);
  const auto heads = headlines_of(d);
  CHECK(std::count(heads.begin(), heads.end(), "Venezuela Plans New Financing With Limits") == 1);
  CHECK(std::count(heads.begin(), heads.end(), "Rand Canada February Car Sales Off Two Pct") == 1);
}

TEST_CASE("headlines counter-example: a head's last line printed as a block of its own stays in the head", "[reflow][latin]") {
  // (mutool prints a printed line a block, two lines as one now and then: "Proterozoic
  // Shield" / "Takes 47 Mln Dlr" as one block, "Writedown" as another.)
  const char* page =
      "Proterozoic Shield\nTakes 47 Mln Dlr\n\n"
      "Writedown\n\n"
      "Proterozoic Shield Resources Ltd said it will take a\n\n"
      "writedown of 47 mln dlrs on its oil and gas properties in\n\n"
      "the fourth quarter, because of lower prices for both, the\n\n"
      "company said.\n";
  auto d = reflow_ok(page);
  CHECK(d.stats.double_spaced);
  CHECK(headlines_of(d) == std::vector<std::string>{"Proterozoic Shield Takes 47 Mln Dlr Writedown"});
}

TEST_CASE("lines: a line an extractor broke before an opening CJK mark squeezed to the mark above goes back on it", "[reflow]") {
  // `pdftotext -raw` breaks a printed line between two CJK marks the typesetter squeezed into
  // one pair, an opening one after a comma, a colon or a closing quote: "…建成了“口袋公园”" /
  // "“滨河" / "绿廊”…", "…买菜、" / "“小修小补”…". The line above is short and the two make
  // one printed line: the page reads as it would unbroken.
  std::mt19937 rng(21);
  const auto phrase = [&](int n) { return cjk_phrase(rng, n); };
  const auto clause = [&]() {
    switch (rng() % 4) {
      case 0: return phrase(2) + "，“" + phrase(2) + "”";
      case 1: return phrase(1) + "“" + phrase(1) + "”“" + phrase(1) + "”";
      case 2: return phrase(2) + "、“" + phrase(1) + "”";
      default: return phrase(3) + "，";
    }
  };
  int broken = 0, left_breaks = 0;
  for (int v = 0; v < 60; ++v) {
    const int cells = 24 + 4 * static_cast<int>(rng() % 4);
    const std::string typeset = typeset_paragraphs(rng, cells, clause);
    // The same lines broken before the opening quote of every pair.
    // (Not where the typesetter here left the quote at a line's end, as no printer does.)
    const std::string raw = broken_lines(
        typeset,
        [&](const std::string& ch, const std::string& next, std::size_t k) {
          return (ch == "，" || ch == "、" || ch == "”") && next == "“" && typeset.compare(k + 3, 1, "\n") != 0;
        },
        broken);
    INFO(raw);
    // The printed lines come back: no line the typesetter broke is joined, and few of the
    // extractor's breaks are left (where most lines are broken, the column is measured short).
    statistics st;
    const detail::page_text page = detail::decode_page(raw, st);
    const auto rejoined = detail::rejoin_split_lines(page, detail::split_line_candidates(page));
    REQUIRE(rejoined);
    const auto breaks = [](std::string_view s) {
      std::vector<std::size_t> at;
      std::size_t chars = 0;
      for (const char c : s) (c == '\n') ? at.push_back(chars) : void(++chars);
      return at;
    };
    const std::vector<std::size_t> printed = breaks(detail::decode_page(typeset, st).bytes()), left = breaks(rejoined->text);
    CHECK(std::includes(left.begin(), left.end(), printed.begin(), printed.end()));
    left_breaks += static_cast<int>(left.size() - printed.size());
    const auto want = reflow_ok(typeset), got = reflow_ok(raw);
    CHECK(headlines_of(got) == headlines_of(want));
    CHECK(blocks_of(got) == blocks_of(want));
  }
  CHECK(broken > 200);
  CHECK(left_breaks * 10 < broken);
  // A credit in brackets over the next story's head, opened by a title mark, stays apart.
  const document d = reflow_ok(
      "　　城市治理工作服务群众发展推动建设项目机制基层，矛盾纠纷源头调解产业集群装备城市治理。\n"
      "（作者单位：江南大学）\n"
      "《城市治理纲要》出版发行\n"
      "　　城市治理工作服务群众发展推动建设项目机制基层，矛盾纠纷源头调解产业集群装备城市治理。\n");
  CHECK(headlines_of(d) == std::vector<std::string>{"", "《城市治理纲要》出版发行"});
}

TEST_CASE("lines: a block a line (a web page's copy) is no printed line broken at a squeezed pair of marks", "[reflow]") {
  // Blocks pasted a line each: a head ending in its rubric over a paragraph opened by a quote,
  // a caption over a credit in brackets. Each line is far shorter than the widest around,
  // and the head with its paragraph is longer than any printed line: they stay apart.
  const std::string page =
      "　　占比不断扩大，同时也吸引了越来越多的全球合作伙伴，城市治理工作服务群众发展推动建设项目机制基层矛盾纠纷源头调解产业集群装备。\n"
      "城市绿道何以走进人心（人民时评）\n"
      "“绿道越来越好走，看着心里就舒坦！”江苏南湖滨江区，居民周宁说起家门口的绿道，城市治理工作服务群众发展推动建设项目机制基层矛盾纠纷源头调解。\n"
      "拓宽青年技工成长成才通道。周宁 摄（新华社发）\n"
      "（作者单位：省社会科学院）\n";
  statistics st;
  const detail::page_text text = detail::decode_page(page, st);
  CHECK_FALSE(detail::rejoin_split_lines(text, detail::split_line_candidates(text)));
}

TEST_CASE("decks: a sentence-case line set apart under a Latin head, over its byline, is its deck (OCR)", "[reflow][latin][ocr]") {
  // Tesseract prints a blank line under each block: the head, the standfirst, the byline. The
  // standfirst is a sentence of the story's, so it names the story as well as the head does.
  const auto d = reflow_ok(
      "Harbour Board Approves Ferry Terminal Plan\n\n"
      "Work on the new terminal is expected to start in the spring.\n\n"
      "By Anna Ruiz\n\n"
      "The harbour board approved plans for a new ferry terminal on\n"
      "the east quay, its chairman said on Tuesday.\n\n"
      "Work on the new terminal is expected to start in the spring,\n"
      "and the first boats would berth there the following year.\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "Harbour Board Approves Ferry Terminal Plan");
  CHECK(d.articles[0].deck == std::vector<std::string>{"Work on the new terminal is expected to start in the spring."});
}

TEST_CASE("decks counter-example: a title-case head set apart under another is a head of its own", "[reflow][latin][ocr]") {
  const auto d = reflow_ok(
      "Harbour Board Approves Ferry Terminal Plan\n\n"
      "Ferry Operator Orders Two New Boats\n\n"
      "The ferry operator said it had ordered two boats from a yard in\n"
      "the north, to be delivered next year, its chairman said.\n");
  for (const auto& a : d.articles) CHECK(a.deck.empty());
}

TEST_CASE("headlines: a Latin line reporting with \"said\" is text, whatever its capitals (OCR)", "[reflow][latin][ocr]") {
  // Tesseract set the lead's first line apart by blank lines; in title case, it read as a head.
  const auto d = reflow_ok(
      "Harbour Freight Expands Container Fleet\n\n"
      "By Anna Ruiz\n\n"
      "The Harbour Freight Lines Co said\n\n"
      "it had agreed to buy two container ships from a\n"
      "yard in Korea for about 80 mln dlrs, to be\n"
      "delivered next year.\n\n"
      "The company said the ships would serve its routes\n"
      "to northern Europe.\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].deck.empty());
  CHECK(blocks_of(d).at(0) ==
        "The Harbour Freight Lines Co said it had agreed to buy two container ships from a yard in Korea for about 80 "
        "mln dlrs, to be delivered next year.");
}

TEST_CASE("headlines counter-example: a head's \"Said\" in title case, and \"said to\", stay heads", "[reflow][latin][ocr]") {
  for (const std::string head : {"Harbour Freight Said Near Fleet Deal", "Harbour Freight said to weigh ship order"}) {
    const auto d = reflow_ok(head +
                             "\n\n"
                             "The Harbour Freight Lines Co is close to a deal to buy two container\n"
                             "ships from a yard in Korea, people familiar with the talks said.\n");
    CHECK(headlines_of(d) == std::vector<std::string>{head});
  }
}

TEST_CASE("headlines: a Latin line opened in lower case, set apart on a page of title-case heads, is text (OCR)", "[reflow][latin][ocr]") {
  // Tesseract read a paragraph's lines as blocks of their own, in another order, each set
  // apart by blank lines: "which the chain's…" follows a finished sentence, where a head may
  // stand, but no head of the page opens in lower case.
  const auto d = reflow_ok(std::string(galley::test::ocr_scrambled_paragraph) + "\n"
      "Ferry Operator Orders Two Boats\n\n"
      "The ferry operator said it ordered two boats\nfrom a yard in the north.\n");
  for (const auto& h : headlines_of(d)) CHECK(h.rfind("which", 0) != 0);
  const auto paragraphs = blocks_of(d);
  CHECK(std::find(paragraphs.begin(), paragraphs.end(),
                  "which the chain's shareholders received 20 mln shares of Harbour stock in exchange for") != paragraphs.end());
}

TEST_CASE("bylines: a name after OCR's \"口\" for the box \"□\" is a byline, not the head's tail (OCR)", "[reflow][ocr]") {
  for (const std::string byline : {"口刘晨光", "口 陈立"}) {
    const auto d = reflow_ok(
        "国内联播快讯\n" + byline +
        "\n\n"
        "央视网消息：今年以来，各地加快推进重点项目建设，一批重大工程陆续开工，\n为经济稳定增长提供了有力支撑。\n");
    REQUIRE(d.articles.size() == 1);
    CHECK(d.articles[0].headline == "国内联播快讯");
    CHECK(blocks_of(d, block_kind::byline) == std::vector<std::string>{byline});
  }
}

TEST_CASE("credits: a bracketed credit OCR opened with \"(〈\" for \"（\" is its story's credit (OCR)", "[reflow][ocr]") {
  const auto d = reflow_ok(
      "乡村书屋点亮冬夜\n\n"
      "入冬以来，南湖镇的乡村书屋每晚开到九点，\n附近的村民吃过晚饭便来这里读书看报。\n\n"
      "(〈作者单位: 省图书馆学会)\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "乡村书屋点亮冬夜");
  CHECK(blocks_of(d, block_kind::credit) == std::vector<std::string>{"(〈作者单位:省图书馆学会)"});
}

TEST_CASE("furniture: a masthead's date and folio that OCR printed a page's width apart are the page's", "[reflow][ocr]") {
  const auto d = reflow_ok("东湖晚报\n\n2026年5月6日 星期三" + std::string(60, ' ') +
                           "第7版 要闻\n\n乡村书屋点亮冬夜\n\n"
                           "入冬以来，南湖镇的乡村书屋每晚开到九点，附近的村民吃过晚饭便来这里读书看报。\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "乡村书屋点亮冬夜");
  CHECK(d.articles[0].deck.empty());
  CHECK(d.residue.size() == 2);
}

TEST_CASE("headlines: a line of text whose clause a comma cuts to a character or two is no head (OCR)", "[reflow][ocr]") {
  // Tesseract sets a narrow column's last lines apart under a box of wide lines.
  const auto d = reflow_ok(
      "李明会见南方港口代表团\n\n"
      "央视网消息：当地时间5月8日上午，省长李明在南湖宾馆会见来访的南方港\n"
      "口代表团一行，双方就港口合作和航运发展深入交换了意见。\n\n"
      "李明指出，去年我省与南方各港口签署合作协议，共同推动建立航运新通道，并\n"
      "对两地全方位合作作出新的规划和部署，双方要抓紧落实，取得更多务实成果，持\n"
      "续提升互联互通水平，加快推进物流基础设施项目建设，办好今年秋天在南湖举行\n"
      "的航运博览会，进一步密切人员往来和技术合作。\n\n"
      "往，交流建设经验，为两地务实合作提\n"
      "供技术保障。\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(blocks_of(d).back() == "往，交流建设经验，为两地务实合作提供技术保障。");
}

TEST_CASE("headlines counter-example: a head of two phrases joined by a comma stays a head", "[reflow][ocr]") {
  const auto d = reflow_ok(
      "李明会见南方港口代表团\n\n"
      "央视网消息：当地时间5月8日上午，省长李明在南湖宾馆会见来访的南方港\n"
      "口代表团一行，双方就港口合作和航运发展深入交换了意见。\n\n"
      "稳就业，各地出新招\n\n"
      "入冬以来，南湖镇的乡村书屋每晚开到九点，附近的村民吃过晚饭便来这里读书看\n"
      "报，镇里还请来志愿者为孩子们辅导功课。\n");
  CHECK(headlines_of(d) == std::vector<std::string>{"李明会见南方港口代表团", "稳就业，各地出新招"});
}

TEST_CASE("kickers: a line over a head opened by a topic and OCR's ':' for \"：\" is the kicker (OCR)", "[reflow][ocr]") {
  const auto d = reflow_ok(
      "南湖区文化惠民系列主题新\n闻发布会\n南湖区: 奋力书写文化\n强区新篇章\n\n"
      "央视网消息：今天上午，南湖区举行文化惠民系列主题新闻发布会，介绍\n近年来全区公共文化服务体系建设的进展和成效。\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "南湖区:奋力书写文化强区新篇章");
  CHECK(d.articles[0].deck == std::vector<std::string>{"南湖区文化惠民系列主题新闻发布会"});
}

// A story under the page's furniture, for the OCR cases below.
const std::string village_story =
    "乡村书屋点亮冬夜\n\n"
    "入冬以来，南湖镇的乡村书屋每晚开到九点，附近的村\n民吃过晚饭便来这里读书看报，镇里还请来志愿者为\n孩子们辅导功课。\n";

TEST_CASE("furniture: the paper's name OCR printed between the masthead's date and folio, and folios whose number OCR misread (\"第1]版\", \"第?版\"), are the page's", "[reflow][ocr]") {
  for (const std::string masthead : {"2026年5月6日 星期三\n\n东湖晚报\n\n第7版 要闻", "东湖晚报\n\n2026年5月6日 星期三\n\n第1]版 社会",
                                     "东湖晚报\n\n2026年5月6日 星期三\n\n第?版 综合"}) {
    INFO(masthead);
    const auto d = reflow_ok(masthead + "\n\n" + village_story);
    REQUIRE(d.articles.size() == 1);
    CHECK(d.articles[0].headline == "乡村书屋点亮冬夜");
    CHECK(d.articles[0].deck.empty());
    CHECK(d.residue.size() == 3);
  }
}

TEST_CASE("kickers: a Chinese head with nothing of its own, a blank line over the next story's head, is its kicker (OCR)", "[reflow][ocr]") {
  const auto d = reflow_ok(village_story + "\n"
      "新思路引领新发展\n\n城乡两端齐发力激活文旅新动能\n\n"
      "央视网消息：今年以来，南湖区把发展文旅产业同乡村振兴结合起来，\n城乡两端同时发力，游客人数和旅游收入均创新高。\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "城乡两端齐发力激活文旅新动能");
  CHECK(d.articles[1].deck == std::vector<std::string>{"新思路引领新发展"});
}

TEST_CASE("paragraphs: blank lines mutool sets under paragraphs' first lines are not the page's", "[reflow]") {
  // `mutool draw -F txt` prints a paragraph's first line (two ideographs short of full, its
  // indent lost) as a block of its own, a blank line under it, on pages it does not
  // double-space: each first line was read as a heading over the rest of its paragraph.
  const char* page =
      "茶乡迎来采茶季\n\n"
      "春分过后，茶园里的春茶已\n\n"
      "经开始采摘，茶农们天不亮就上\n"
      "山，加工厂也日夜忙碌。\n\n"
      "镇上新开了一家合作社，统\n\n"
      "一收购加工鲜叶，带动周边农户\n"
      "增收致富，订单已排到月底。\n\n"
      "合作社负责人介绍，今年的\n\n"
      "茶叶品质好，价格比去年高出了\n"
      "两成，村民们都很高兴。\n";
  auto d = reflow_ok(page);
  CHECK(headlines_of(d) == std::vector<std::string>{"茶乡迎来采茶季"});
  CHECK(blocks_of(d) == std::vector<std::string>{"春分过后，茶园里的春茶已经开始采摘，茶农们天不亮就上山，加工厂也日夜忙碌。",
                                                  "镇上新开了一家合作社，统一收购加工鲜叶，带动周边农户增收致富，订单已排到月底。",
                                                  "合作社负责人介绍，今年的茶叶品质好，价格比去年高出了两成，村民们都很高兴。"});
  // Counter-example: heads set apart over their stories' first lines keep their blank lines.
  auto heads = reflow_ok(
      "茶乡迎来采茶季\n\n"
      "春分过后，茶园里的春茶已\n\n"
      "经开始采摘，茶农们天不亮就上\n"
      "山，加工厂也日夜忙碌。\n\n"
      "合作社订单排到月底\n\n"
      "镇上新开了一家合作社，统\n\n"
      "一收购加工鲜叶，带动周边农户\n"
      "增收致富，订单已排到月底。\n\n"
      "村民们都很高兴\n\n"
      "合作社负责人介绍，今年的\n\n"
      "茶叶品质好，价格比去年高出了\n"
      "两成，村民们都很高兴。\n");
  CHECK(blocks_of(heads) == blocks_of(d));
  CHECK(headlines_of(heads).size() >= 2);
}

TEST_CASE("lines: a line -raw broke before an opening quote squeezed to a sentence's end goes back on it", "[reflow]") {
  // "…运转。“明前茶”价" is one printed line; `pdftotext -raw` breaks it between the squeezed
  // "。“", as between "，“". The piece is short of a first line, the two fill the measure,
  // and the line under them is full. A head opened by a quote under a finished paragraph,
  // over a first line, stays a head.
  auto d = reflow_ok(
      "茶乡迎来采茶季\n"
      "茶园里的春茶已经开始采摘，茶农\n"
      "们天不亮就上山，加工厂也忙碌起来\n"
      "了，机器日夜运转。\n"
      "“明前茶”价\n"
      "格比去年高出两成，村民们都很高\n"
      "兴，订单排到了月底。\n"
      "镇上新开了一家茶叶合作社，统\n"
      "一收购鲜叶，带动周边农户增收。\n"
      "“春茶节”开幕\n"
      "本报讯 镇上的春茶节昨天开幕，\n"
      "游客在茶园里体验采茶和制茶。\n");
  CHECK(headlines_of(d) == std::vector<std::string>{"茶乡迎来采茶季", "“春茶节”开幕"});
  REQUIRE(blocks_of(d).size() == 3);
  CHECK(blocks_of(d)[0] == "茶园里的春茶已经开始采摘，茶农们天不亮就上山，加工厂也忙碌起来了，机器日夜运转。“明前茶”价格比去年高出两成，村民们都很高兴，订单排到了月底。");
}

TEST_CASE("heads: a Chinese line ending in a column's rubric in brackets is a head", "[reflow]") {
  // An opinion piece's head carries its column's rubric ("…（茶话）"); printed with no
  // blank line about it (pdf.js, pdftotext -raw), its comma and its closing bracket made it
  // read as the first line of the paragraph under it.
  auto d = reflow_ok(
      "茶乡迎来采茶季\n"
      "春分过后，茶园里的春茶已经开始采摘，茶农们天不亮就上山，加\n"
      "工厂也日夜忙碌起来，镇上新开了一家合作社统一收购加工鲜叶。\n"
      "村民们都很高兴。\n"
      "排队挂号，别让“黄牛”抢走“号源”（茶话）\n"
      "一边是患者挂号难，另一边是号贩子囤号加价，群众的烦恼亟待\n"
      "化解。医院要用好技术手段，及时发现异常的抢号行为，形成震慑。\n");
  CHECK(headlines_of(d) == std::vector<std::string>{"茶乡迎来采茶季", "排队挂号，别让“黄牛”抢走“号源”（茶话）"});
  // Counter-example: a name glossed in brackets at a line's end, its sentence going on.
  auto gloss = reflow_ok(
      "茶乡迎来采茶季\n"
      "春分过后，茶园里的春茶已经开始采摘，茶农们天不亮就上山，加\n"
      "工厂也日夜忙碌起来，镇上新开了一家茶叶合作社（茶社）\n"
      "统一收购加工鲜叶，带动周边农户增收致富，订单排到了月底。\n"
      "村民们都很高兴。\n");
  CHECK(headlines_of(gloss) == std::vector<std::string>{"茶乡迎来采茶季"});
  CHECK(blocks_of(gloss).size() == 1);
}

TEST_CASE("heads: unpunctuated lines between finished text and a news item's opening are its head", "[reflow]") {
  // pdf.js and pdftotext -raw print no blank line: a head wrapped to its column's width,
  // under a finished paragraph and over "央视网消息（新闻联播）：", read as that paragraph's tail.
  auto d = reflow_ok(
      "茶乡迎来采茶季\n"
      "春分过后，茶园里的春茶已\n"
      "经开始采摘，茶农们天不亮就上\n"
      "山，加工厂也日夜忙碌起来。\n"
      "镇上茶叶合作社统一收购鲜叶带\n"
      "动周边农户增收致富\n"
      "央视网消息（新闻联播）：\n"
      "合作社负责人介绍，今年的茶叶\n"
      "品质好，价格比去年高出两成，\n"
      "村民们都很高兴。\n");
  CHECK(headlines_of(d) == std::vector<std::string>{"茶乡迎来采茶季", "镇上茶叶合作社统一收购鲜叶带动周边农户增收致富"});
}
