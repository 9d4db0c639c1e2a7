// The lexicon's early-outs must not change a single answer: each rewritten test is checked
// against its earlier, plainer form on random strings drawn from the characters its patterns
// are made of (and a few ordinary ones).
#include <algorithm>
#include <random>
#include <string>

#include <catch2/catch.hpp>

#include "lexicon.hpp"
#include "lines.hpp"
#include "text.hpp"
#include "unicode.hpp"

using namespace galley::detail;

namespace {

using sv = std::u32string_view;

bool starts(sv s, sv p) { return s.substr(0, p.size()) == p; }
bool ends(sv s, sv p) { return s.size() >= p.size() && s.substr(s.size() - p.size()) == p; }
bool contains(sv s, sv p) { return s.find(p) != sv::npos; }

sv trim(sv s) {
  std::size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

bool all_cjk_or_space(sv s) {
  for (char32_t c : s)
    if (!is_cjk(c) && !is_space(c) && c != U'·') return false;
  return true;
}

bool may_end_caption(char32_t c) {
  switch (c) {
    case U'发': case U'者': case U'图': case U'片': case U'国': case U'源': return true;
    default: return false;
  }
}

// The earlier forms, as they were before their early-outs.
bool old_caption(sv s) {
  s = trim(s);
  if (s.size() < 6) return false;
  bool slash = false, bracket = false;
  if (s.size() <= 200)
    for (char32_t c : s) {
      slash = slash || c == U'/';
      bracket = bracket || c == U'(';
    }
  if ((slash && (contains(s, U"REUTERS/") || contains(s, U"AP Photo/") || contains(s, U"AFP/"))) ||
      (bracket && (contains(s, U"(Photo:") || contains(s, U"(Photo by "))))
    return true;
  const char32_t last = s.back();
  if (!may_end_caption(last) && !may_end_caption(s[s.size() - 2]) && last != U'摄' && last != U'）' && last != U')' &&
      s.front() != U'P' && s.front() != U'图')
    return false;
  static constexpr sv caption_endings[] = {U"新华社发", U"新华社记者", U"供图", U"资料图片", U"视觉中国", U"图片来源"};
  for (sv e : caption_endings) {
    if (ends(s, e) || (s.size() > e.size() + 1 && ends(s.substr(0, s.size() - 1), e))) return true;
  }
  if (ends(s, U"摄") || ends(s, U"摄）") || ends(s, U"摄)")) {
    return contains(s, U"记者") || contains(s, U"新华社") || contains(s, U"通讯员") || s.size() <= 40;
  }
  return starts(s, U"Photo:") || starts(s, U"PHOTO:") || starts(s, U"Picture:") || starts(s, U"图为");
}

bool old_furniture(sv s);
bool old_furniture_plain(sv s) {
  s = trim(s);
  if (s.empty() || s.size() > 24) return false;
  bool digits_only = s.size() <= 8;
  std::size_t digits = 0;
  for (std::size_t k = 0; digits_only && k < s.size(); ++k) {
    const char32_t c = s[k];
    if (classify(c) == char_class::digit) ++digits;
    else if (!(is_space(c) || c == U'-' || c == U'—' || c == U'·' || (c >= U'A' && c <= U'D'))) digits_only = false;
  }
  if (digits_only && digits >= 1) return true;
  if (starts(s, U"第") && ends(s, U"版") && s.size() <= 6) return true;
  if (contains(s, U"星期") && contains(s, U"年") && contains(s, U"月") && s.size() <= 24) return true;
  if ((starts(s, U"Page ") || starts(s, U"PAGE ")) && s.size() <= 10) return true;
  return false;
}
// (The page's masthead and staff, new, have no early-outs of old.)
bool old_furniture(sv s) { return looks_like_page_furniture(s) || old_furniture_plain(s); }

bool old_dateline(sv s) {
  s = trim(s);
  if (s.size() < 3) return false;
  const char32_t first = s.front();
  if (first == U'本' && (starts(s, U"本报讯") || starts(s, U"本报电") || starts(s, U"本报北京") || starts(s, U"本报记者")))
    return !looks_like_byline(s);
  const auto xiaoxi = s.substr(0, 10).find(U"消息");
  const std::size_t mark = xiaoxi + 2 + (xiaoxi != sv::npos && xiaoxi + 3 < s.size() && s[xiaoxi + 2] == U' ');
  if (xiaoxi != sv::npos && xiaoxi >= 2 && xiaoxi <= 8 && mark < s.size() &&
      (s[mark] == U'（' || s[mark] == U'：' || s[mark] == U'，' || s[mark] == U'(' || s[mark] == U':' || s[mark] == U'〈')) {
    const char32_t outlet = s[xiaoxi - 1];
    if (outlet == U'网' || outlet == U'社' || outlet == U'台' || outlet == U'报')
      return all_cjk_or_space(s.substr(0, xiaoxi));
  }
  if ((first == U'新' || first == U'中' || first == U'央' || first == U'本') && s.size() > 6 &&
      (starts(s, U"新华社") || starts(s, U"中新社") || starts(s, U"央视网") || starts(s, U"本报"))) {
    const auto dian = s.find(U"电");
    return dian != sv::npos && dian <= 20 && s.find(U"日") < dian;
  }
  if ((first == U'（' || first == U'(') && starts(s, first == U'（' ? sv(U"（中央社") : sv(U"(中央社"))) {
    const auto close = s.find_first_of(U"）)");
    if (close == sv::npos || close > 30) return false;
    const sv inner = s.substr(0, close);
    return contains(inner, U"日") && (ends(inner, U"电") || ends(inner, U"报导"));
  }
  std::size_t caps = 0;
  while (caps < s.size() && ((s[caps] >= U'A' && s[caps] <= U'Z') || s[caps] == U' ' || s[caps] == U'.')) ++caps;
  if (caps >= 4 && caps < s.size() && (s[caps] == U',' || s[caps] == U'(')) {
    const auto dash = s.find_first_of(U"-—–");
    return dash != sv::npos && dash < 48;
  }
  return false;
}

std::size_t old_trailing_credit_length(sv s) {
  s = trim(s);
  std::size_t k = s.size();
  while (k > 0 && !(is_sentence_final(s[k - 1]) || is_closing(s[k - 1]))) {
    --k;
    if (s.size() - k > 12 && !is_space(s[k])) return 0;
  }
  if (k == 0 || k == s.size()) return 0;
  const sv tail = trim(s.substr(k));
  if (tail.size() > 12 || !looks_like_credit(tail)) return 0;
  return s.size() - k;
}

bool old_notice(sv s) {
  s = trim(s);
  while (!s.empty() && (s.front() == U'*' || s.front() == U'#' || is_space(s.front()))) s.remove_prefix(1);
  while (!s.empty() && (s.back() == U'*' || is_space(s.back()))) s.remove_suffix(1);
  if (s.size() > 24) return false;
  static constexpr sv notice_words[] = {U"广告", U"遗失声明", U"注销公告", U"声明公告", U"减资公告", U"招聘启事",
      U"寻人启事", U"分类信息", U"资讯广场", U"Classifieds", U"CLASSIFIEDS", U"Advertisement", U"ADVERTISEMENT"};
  for (sv w : notice_words)
    if (contains(s, w)) return true;
  return false;
}

bool old_leaves_quote_open(sv s) {
  if (s.empty() || s.front() == U'（' || s.front() == U'(') return false;
  int depth = 0;
  for (const char32_t c : s) {
    switch (c) {
      case U'“': case U'《': case U'「': case U'『': ++depth; break;
      case U'”': case U'》': case U'」': case U'』': depth -= depth > 0; break;
      default: break;
    }
  }
  return depth > 0;
}

}  // namespace

TEST_CASE("lexicon: the early-outs give the answers of the plain tests on random strings", "[lexicon]") {
  // Pieces of the patterns, their neighbours in the character tables, and ordinary text.
  static constexpr sv pieces[] = {
      U"消息", U"消", U"息", U"网", U"社", U"台", U"报", U"（", U"〈", U"：", U"，", U"(", U":", U"新华社", U"中新社", U"央视网",
      U"本报", U"电", U"日", U"北京", U"4", U"12", U"据", U"责任编辑", U"责编", U"— ", U"-- ", U"-", U"—", U"Reuters",
      U"REUTER", U"Associated Press", U"中央社", U"（中央社", U"报导", U"REUTERS/", U"AP Photo/", U"AFP/", U"(Photo: ", U"(Photo by ", U"/", U"Photo:",
      U"摄", U"记者", U"供图", U"新华社发", U"图为", U"第", U"版", U"星期", U"年", U"月", U"Page ", U"PAGE ", U"P", U"A",
      U"“", U"”", U"《", U"》", U"「", U"」", U"『", U"』", U"‘", U"’", U"。", U"！", U"？", U".", U"!", U"?", U"…", U"．",
      U"｡", U")", U"）", U"\"", U"'", U"]", U"］", U"】", U"〕", U" ", U"\u3000", U"\u00a0", U"\t", U"·", U"的", U"一",
      U"是", U"a", U"b", U"LONDON", U",", U"x", U"7", U"０", U"丁", U"鿿", U"〇", U"〜", U"\u4dff", U"\ua000", U"é",
      U"广告", U"广", U"告", U"遗失声明", U"声明", U"公告", U"注销", U"减资", U"招聘启事", U"启事", U"寻人", U"分类信息", U"分",
      U"资讯广场", U"Classifieds", U"CLASSIFIEDS", U"Advertisement", U"ADVERT", U"C", U"*", U"#"};
  std::mt19937 rng(20261202);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
  std::u32string s;
  for (int n = 0; n < 200000; ++n) {
    s.clear();
    const std::size_t count = n % 50 == 0 ? 70 : rng() % 12;
    for (std::size_t k = 0; k < count; ++k) s += pieces[pick(rng)];
    const sv v = s;
    // (Asked only on a mismatch: a million REQUIREs would take longer than the tests.)
    if (looks_like_caption(v) != old_caption(v) || looks_like_furniture(v) != old_furniture(v) ||
        looks_like_dateline(v) != old_dateline(v) || trailing_credit_length(v) != old_trailing_credit_length(v) ||
        leaves_quote_open(v) != old_leaves_quote_open(v) || looks_like_notice(v) != old_notice(v)) {
      CHECK(looks_like_notice(v) == old_notice(v));
      CHECK(looks_like_caption(v) == old_caption(v));
      CHECK(looks_like_furniture(v) == old_furniture(v));
      CHECK(looks_like_dateline(v) == old_dateline(v));
      CHECK(trailing_credit_length(v) == old_trailing_credit_length(v));
      REQUIRE(leaves_quote_open(v) == old_leaves_quote_open(v));
    }
  }
}

namespace {

// The roles stage's one-pass forms, each against a plain one: every mark looked for with its
// own search, the lexicons asked one by one, in order, with no gates, and the last space
// searched for backwards.
line_marks plain_marks(sv s) {
  line_marks m;
  m.slash_or_paren = contains(s, U"/") || contains(s, U"(");
  for (char32_t q : {U'“', U'”', U'《', U'》', U'「', U'」', U'『', U'』'}) m.quote = m.quote || s.find(q) != sv::npos;
  m.comma = contains(s, U",");
  m.wide_comma = contains(s, U"，");
  const std::size_t stop = s.find(U'。');
  m.inner_full_stop = stop != sv::npos && stop + 1 < s.size();
  for (std::size_t k = 0; k < s.size(); ++k)
    if (is_sentence_final(s[k]) || is_closing(s[k])) m.end_mark_end = k + 1;
  int letters = 0;
  for (char32_t c : s) letters += classify(c) == char_class::latin;
  m.notice_opener = letters >= 11 || s.find_first_of(U"广遗注声减招寻分资") != sv::npos;
  m.star = contains(s, U"星");
  return m;
}

lexicon_match plain_match(sv s) {
  if (looks_like_jump(s)) return lexicon_match::jump;
  if (old_notice(s)) return lexicon_match::notice;
  if (looks_like_page_staff(s)) return lexicon_match::furniture;
  if (looks_like_byline(s)) return lexicon_match::byline;
  if (looks_like_credit(s)) return lexicon_match::credit;
  if (old_caption(s)) return lexicon_match::caption;
  if (looks_like_standfirst(s)) return lexicon_match::standfirst;
  if (old_furniture_plain(s)) return lexicon_match::furniture;
  return lexicon_match::none;
}

// ends_in_function_word() as it was: the last space searched for back through the line.
bool plain_function_word_end(sv s) {
  const std::size_t space = s.rfind(U' ');
  if (space == sv::npos) return false;
  static constexpr sv function_words[] = {U"a", U"an", U"the", U"of", U"to", U"in", U"on", U"at", U"by",
                                          U"for", U"with", U"from", U"about", U"and", U"or", U"that", U"its", U"their",
                                          U"per", U"but", U"than", U"into", U"as"};
  for (const sv f : function_words)
    if (s.substr(space + 1) == f) return true;
  return false;
}

bool same(const line_marks& a, const line_marks& b) {
  return a.slash_or_paren == b.slash_or_paren && a.quote == b.quote && a.comma == b.comma &&
         a.wide_comma == b.wide_comma && a.inner_full_stop == b.inner_full_stop && a.end_mark_end == b.end_mark_end &&
         a.notice_opener == b.notice_opener && a.star == b.star;
}

}  // namespace

TEST_CASE("lexicon: a line's marks and words, found in one pass, give the answers of the plain tests", "[lexicon]") {
  // The openings, endings and marks of every lexicon's patterns, whole patterns, characters
  // next to them in the tables, and ordinary text; spaces at either end test the trimming.
  static constexpr sv pieces[] = {
      U"消息", U"网", U"社", U"（", U"）", U"：", U"，", U"(", U")", U":", U"新华社", U"本报", U"电", U"日", U"4", U"12",
      U"据", U"责任编辑", U"责编", U"— ", U"-- ", U"-", U"—", U"―", U"Reuters", U"REUTER", U"Associated Press",
      U"REUTERS/", U"AP Photo/", U"AFP/", U"(Photo: ", U"(Photo by ", U"/", U"Photo:", U"摄", U"记者", U"供图", U"新华社发",
      U"图为", U"第", U"版", U"星期", U"年", U"月", U"Page ", U"PAGE ", U"P", U"A", U"“", U"”", U"《", U"》", U"「", U"」",
      U"『", U"』", U"〈", U"〉", U"‘", U"’", U"。", U"！", U"？", U".", U"!", U"?", U"…", U"．", U"｡", U"\"", U"'", U"]",
      U"［", U"］", U"[", U"【", U"】", U"〔", U"〕", U" ", U"\u3000", U"\u00a0", U"\t", U"·", U"的", U"一", U"是", U"a",
      U"b", U"LONDON", U",", U"x", U"7", U"０", U"丁", U"鿿", U"\u4dff", U"\ua000", U"é", U"广告", U"遗失声明", U"注销",
      U"招聘启事", U"分类信息", U"资讯广场", U"Classifieds", U"Advertisement", U"C", U"S", U"*", U"#", U"□", U"■", U"○",
      U"本报记者", U"特约记者", U"文／", U"By ", U"Jane", U"王", U"明", U"欧阳", U"下转第", U"上接第", U"转第", U"See page",
      U"Continued on page", U"▲", U"▶", U"作者单位", U"摘自", U"来源：", U"AP", U"AFP", U"REUTERS", U"资料图片", U"据新华社",
      U"（新华社北京4月12日电 记者王明）", U"(Reuters)", U"— AP", U"。”", U"！）", U"。 ", U"\u201c\u201d", U" of", U" the",
      U" about", U"their", U" to", U"with ", U" per", U" than", U" as", U" pe"};
  std::mt19937 rng(20261203);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
  std::u32string s;
  for (int n = 0; n < 200000; ++n) {
    s.clear();
    const std::size_t count = n % 50 == 0 ? 30 + rng() % 50 : rng() % 14;
    for (std::size_t k = 0; k < count; ++k) s += pieces[pick(rng)];
    const sv v = s;
    const line_marks m = find_marks(v);
    // (Asked only on a mismatch, as above.)
    if (!same(m, plain_marks(v)) || match_lexicons(v, m) != plain_match(v) ||
        trailing_credit_length(v, m) != old_trailing_credit_length(v) ||
        leaves_quote_open(v, m) != old_leaves_quote_open(v) || ends_in_function_word(v) != plain_function_word_end(v)) {
      const line_marks p = plain_marks(v);
      CHECK(m.slash_or_paren == p.slash_or_paren);
      CHECK(m.quote == p.quote);
      CHECK(m.comma == p.comma);
      CHECK(m.wide_comma == p.wide_comma);
      CHECK(m.inner_full_stop == p.inner_full_stop);
      CHECK(m.end_mark_end == p.end_mark_end);
      CHECK(match_lexicons(v, m) == plain_match(v));
      CHECK(trailing_credit_length(v, m) == old_trailing_credit_length(v));
      CHECK(ends_in_function_word(v) == plain_function_word_end(v));
      REQUIRE(leaves_quote_open(v, m) == old_leaves_quote_open(v));
    }
  }
}

TEST_CASE("lexicon: the marks and words measure_lines gathers are find_marks' and count_title_words'", "[lexicon]") {
  // Pages of random lines, read by measure_lines' every path: runs of printable ASCII of
  // sixteen bytes and more and their tails, single ASCII characters, ideographs (one space
  // apart too), CJK punctuation from its bytes and the rest; words opening with brackets
  // and quotes, spaces of every kind, an indent and trailing spaces.
  static constexpr sv pieces[] = {
      U"The ", U"quick ", U"Brown ", U"fox, ", U"(Reuters) ", U"\"Very ", U"'tis ", U"<Csp> ", U"((\"A", U"(\" ", U"U.S. ",
      U"REUTERS/Jane Moss", U"(Photo: Anna Ruiz)", U"a", U"B", U"7", U"12.5%", U"-", U"/", U"(", U")", U"\"", U"'", U"<",
      U".", U",", U"!", U"?", U";", U"]", U"[", U"#", U"*", U" ", U"  ", U"\t", U"\u3000", U"\u00a0", U"é", U"Élan ", U"ß",
      U"的", U"一", U"是", U"新华社", U"中国 人民", U"伙 伴 关 系", U"，", U"。", U"、", U"：", U"！", U"？", U"（", U"）", U"《",
      U"》", U"「", U"」", U"『", U"』", U"【", U"】", U"〔", U"〕", U"［", U"］", U"“", U"”", U"‘", U"’", U"…", U"—", U"．",
      U"｡", U"々", U"〇", U"０", U"Ａ", U"鿿", U"\ua000", U"。”", U"！）", U"“Quoted” ", U"‘x’", U"abcdefghijklmnopqrstuvwxyz ",
      U"ABCDEFGHIJKLMNOP ", U"0123456789 ", U"x,y.z!w?v(u)t/s\"r'q<p ", U"Zurich ", U"zeal ",
      U"Quiet Zone Zero ", U"@home `tick` [Note] {x} ~y ", U"广告", U"遗失", U"分", U"资讯", U"星期一", U"星", U"消息", U"消", U"央 视 网 消 息 （", U"Classifieds",
      U"Advertisement ", U"said ", U"sai", U"d", U"Said", U"unsaid,", U"dsaid"};
  std::mt19937 rng(20261219);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
  std::size_t lines_read = 0;
  for (int page = 0; page < 400; ++page) {
    std::string bytes;
    for (int n = 0; n < 50; ++n) {
      std::u32string s;
      const std::size_t count = n % 9 == 0 ? 20 + rng() % 40 : rng() % 14;
      for (std::size_t k = 0; k < count; ++k) s += pieces[pick(rng)];
      bytes += to_utf8(s);
      bytes += '\n';
    }
    galley::statistics st;
    const page_text text = decode_page(bytes, st);
    const measured_lines m = measure_lines(text);
    for (std::size_t i = 0; i < m.lines.size(); ++i) {
      if (m.lines[i].blank) continue;
      ++lines_read;
      const sv v = m.chars[i];
      const line_marks found = m.chars.marks(i), plain = find_marks(v);
      const title_words words = m.chars.words(i), counted = count_title_words(v);
      // ('消' noted for the roles stage's datelines: a line opened by an ideograph without it
      // is read for no outlet's "消息".)
      REQUIRE(m.chars.holds_xiao(i) == (v.find(U'消') != sv::npos));
      // (The roles stage reads a Latin line for reported speech only where its bytes hold "said".)
      const std::string_view b = text.bytes().substr(m.lines[i].begin, m.lines[i].end - m.lines[i].begin);
      REQUIRE(holds_said(b) == (b.find("said") != std::string_view::npos));
      // (And the line's code points are its bytes decoded: ideographs from U+4E00 to U+9FFF,
      // a run's, are decoded by measure_lines itself.)
      std::u32string decoded(b.size(), U' ');
      decoded.resize(static_cast<std::size_t>(decode_to(b, decoded.data()) - decoded.data()));
      REQUIRE(v == sv(decoded));
      if (!same(found, plain) || words.words != counted.words || words.capitalised != counted.capitalised) {
        INFO("page " << page << ", line " << i);
        CHECK(found.slash_or_paren == plain.slash_or_paren);
        CHECK(found.quote == plain.quote);
        CHECK(found.comma == plain.comma);
        CHECK(found.wide_comma == plain.wide_comma);
        CHECK(found.inner_full_stop == plain.inner_full_stop);
        CHECK(found.end_mark_end == plain.end_mark_end);
        CHECK(found.notice_opener == plain.notice_opener);
        CHECK(found.star == plain.star);
        CHECK(words.words == counted.words);
        REQUIRE(words.capitalised == counted.capitalised);
      }
    }
  }
  CHECK(lines_read > 15000);
}

TEST_CASE("lexicon: holds_said answers as a search for \"said\" does, wherever it stands in the sixteens") {
  // (Strings of "said"'s letters and others, of every length to 70: "said" across the
  // sixteens' edges, at either end, after "i" and "d" that are not its own.)
  static constexpr std::string_view pieces[] = {"s", "a", "i", "d", "id", "said", " ", "x", "said ", "aid", "sai"};
  std::mt19937 rng(20261204);
  std::size_t found = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    const std::size_t length = rng() % 71;
    while (s.size() < length) s += pieces[rng() % std::size(pieces)];
    s.resize(length);
    const bool expected = s.find("said") != std::string::npos;
    found += expected;
    INFO(s);
    REQUIRE(holds_said(s) == expected);
  }
  CHECK(found > 5000);
}

namespace {

// One to six of pieces, drawn at random, with no space at either end (as the roles stage
// reads a line).
template <std::size_t N>
std::u32string trimmed_line_of(const sv (&pieces)[N], std::mt19937& rng) {
  std::u32string s;
  const std::size_t count = 1 + rng() % 6;
  for (std::size_t k = 0; k < count; ++k) s += pieces[rng() % N];
  while (!s.empty() && s.front() == U' ') s.erase(0, 1);
  while (!s.empty() && s.back() == U' ') s.pop_back();
  return s;
}

}  // namespace

TEST_CASE("lexicon: a line is a dateline only by the openings the roles stage asks about", "[lexicon]") {
  // The roles stage asks looks_like_trimmed_dateline() only of a line that opens with no
  // small letter nor a capital and a small letter, and of a line opened by an ideograph only when it holds '消' or opens with
  // 本, 新, 中 or 央: on random lines built from every dateline's pieces, no other is one.
  static constexpr sv pieces[] = {U"本报讯", U"本报北京", U"新华社", U"北京", U"4月12日电", U"电", U"日", U"央视网", U"消息",
                                  U"（新闻联播）", U"：", U"，", U"中新社", U"（中央社", U"台北17日电）", U"中央社", U"LONDON, ",
                                  U"March 3 ", U"(Reuters) - ", U"WASHINGTON (AP) — ", U"—", U"-", U"记者", U"网", U"社",
                                  U"人民", U"·", U"消", U"息", U"the ", U"said ", U"A", U" ", U"."};
  std::mt19937 rng(20261224);
  std::size_t datelines = 0;
  for (int round = 0; round < 40000; ++round) {
    const std::u32string s = trimmed_line_of(pieces, rng);
    if (s.empty() || !looks_like_trimmed_dateline(s)) continue;
    ++datelines;
    const char32_t first = s.front();
    INFO(to_utf8(s));
    REQUIRE_FALSE(first - U'a' < 26);
    REQUIRE_FALSE((first - U'A' < 26 && s.size() > 1 && s[1] - U'a' < 26));
    if (is_cjk(first))
      REQUIRE((s.find(U'消') != sv::npos || first == U'本' || first == U'新' || first == U'中' || first == U'央'));
  }
  CHECK(datelines > 1000);
}

TEST_CASE("lexicon: a credit run into a line's end follows a mark before the end", "[lexicon]") {
  // The roles stage asks trailing_credit_length() only of a line whose last sentence-final or
  // closing mark (measure_lines' end_mark_end) comes before its end: of any other trimmed
  // line it says 0, on random lines built from credits, marks and text.
  static constexpr sv pieces[] = {U"回应", U"。", U"据新华社", U"新华社", U"（新华社）", U"（记者 王某）", U"记者", U"王某",
                                  U"）", U"”", U"！", U"？", U" ", U"Reuters", U"(Reuters)", U"AP", U".", U"said", U"，",
                                  U"文/", U"本报", U"综合", U"报道", U"。”"};
  std::mt19937 rng(20261225);
  std::size_t credits = 0;
  for (int round = 0; round < 40000; ++round) {
    const std::u32string s = trimmed_line_of(pieces, rng);
    if (s.empty()) continue;
    const line_marks marks = find_marks(s);
    const std::size_t credit = trailing_credit_length(s, marks);
    credits += credit > 0;
    INFO(to_utf8(s));
    if (marks.end_mark_end == 0 || marks.end_mark_end >= s.size()) REQUIRE(credit == 0);
  }
  CHECK(credits > 1000);
}
