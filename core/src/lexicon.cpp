#include "lexicon.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "traditional.hpp"
#include "unicode.hpp"

namespace galley::detail {

namespace {

using sv = std::u32string_view;
using namespace std::string_view_literals;  // (a literal's length known when compiled)

bool starts(sv s, sv p) { return s.substr(0, p.size()) == p; }
bool ends(sv s, sv p) { return s.size() >= p.size() && s.substr(s.size() - p.size()) == p; }
bool contains(sv s, sv p) { return s.find(p) != sv::npos; }
// A literal's length known when compiled: made into a view at the call, a char32_t literal
// was measured by a loop over its characters on every call (g++ does not fold
// char_traits<char32_t>::length), before each starts(), ends() and contains().
template <std::size_t N>
bool starts(sv s, const char32_t (&p)[N]) { return starts(s, sv(p, N - 1)); }
template <std::size_t N>
bool ends(sv s, const char32_t (&p)[N]) { return ends(s, sv(p, N - 1)); }
template <std::size_t N>
bool contains(sv s, const char32_t (&p)[N]) { return contains(s, sv(p, N - 1)); }

std::size_t count_cjk(sv s) {
  std::size_t n = 0;
  for (char32_t c : s) n += is_cjk(c);
  return n;
}

bool all_cjk_or_space(sv s) {
  for (char32_t c : s)
    if (!is_cjk(c) && !is_space(c) && c != U'·') return false;
  return true;
}

// (Always inlined: each lexicon test starts with it, on every line; this file is built -Oz
// in the WASM module, where it was a call, and is_space a call per character in it.)
[[gnu::always_inline]] inline sv trim(sv s) {
  std::size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

// An opening bracket, or "〈", OCR's reading of "（" ("〈作者单位: 省社会科学院)").
constexpr bool opens_bracket(char32_t c) { return is_opening(c) || c == U'〈'; }

// (OCR reads "（" as "(〈" too: "(〈作者单位: 省图书馆学会)".)
sv strip_brackets(sv s) {
  if (s.size() < 2 || !opens_bracket(s.front()) || !is_closing(s.back())) return s;
  const std::size_t b = s[1] == U'〈' ? 2 : 1;
  return trim(s.substr(b, s.size() - 1 - b));
}

bool is_upper_latin(char32_t c) { return c >= U'A' && c <= U'Z'; }

// The commonest Chinese surnames (about 85% of people carry one of them), and the common
// two-character ones. An unspaced "记者王明" is a byline only when a surname follows the
// title: "记者从…", "记者了解到…" open sentences. Characters that are surnames but far more
// often words after 记者 (于 向 和 时 成 全 明 应 解 连) are left out on purpose.
constexpr sv common_surnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    U"姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施"
    U"文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷"
    U"盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆农司卓古吉缪简车项芦麦褚娄窦戚岑景党宫费卜冷晏席"
    U"卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝";
constexpr sv compound_surnames[] = {U"欧阳", U"司马", U"上官", U"诸葛", U"东方", U"皇甫", U"令狐", U"慕容", U"尉迟", U"司徒", U"夏侯", U"宇文", U"长孙"};

bool starts_with_surname(sv name) {
  if (name.empty()) return false;
  for (sv compound : compound_surnames)
    if (name.substr(0, compound.size()) == compound) return true;
  return common_surnames.find(name.front()) != sv::npos;
}

// First-character dispatch. Every function below runs on every line of the page, and
// almost no line is furniture: each first tests a condition that every one of its
// patterns implies (a first or last character, a length), so that ordinary text is
// turned away after a character or two, with the same answers as the full tests.

constexpr bool may_open_byline(char32_t c) {
  switch (c) {
    case U'□': case U'■': case U'○': case U'口': case U'本': case U'特': case U'记': case U'文': case U'B': case U'【': case U'〔':
      return true;
    default: return false;
  }
}

constexpr bool may_open_credit(char32_t c) {
  switch (c) {
    case U'据': case U'责': case U'—': case U'-': case U'R': case U'A': return true;
    default: return opens_bracket(c);
  }
}

// The last characters of the caption endings ("新华社发", "供图", ...), and with them the
// other last characters a caption's tests read (a photographer's "摄", a bracket closing a
// credit), by their low six bits, which no two share: a load and a compare a character,
// where a switch (a search of its cases) was asked of most lines twice.
struct caption_ends {
  char32_t ending[64], last[64];
  constexpr caption_ends() : ending{}, last{} {
    ending[0] = last[0] = 1;  // (an empty slot matches no character: each holds one of other low bits)
    for (char32_t c : {U'发', U'者', U'图', U'片', U'国', U'源'}) ending[c & 63] = last[c & 63] = c;
    for (char32_t c : {U'摄', U'）', U')'}) last[c & 63] = c;
  }
};
inline constexpr caption_ends caption_end{};
static_assert([] {
  for (char32_t c : {U'发', U'者', U'图', U'片', U'国', U'源'})
    if (caption_end.ending[c & 63] != c || caption_end.last[c & 63] != c) return false;  // (two alike in their low bits)
  for (char32_t c : {U'摄', U'）', U')'})
    if (caption_end.last[c & 63] != c) return false;
  return true;
}());

bool may_end_caption(char32_t c) { return caption_end.ending[c & 63] == c; }
// may_end_caption(c), or c is '摄', '）' or ')'.
bool may_be_captions_last(char32_t c) { return caption_end.last[c & 63] == c; }

constexpr bool may_open_jump(char32_t c) {
  switch (c) {
    case U'下': case U'上': case U'转': case U'接': case U'紧': case U'C': case U'S': return true;
    default: return false;
  }
}

// The first characters of the notice words ("广告", "遗失声明", ..., "Classifieds").
// Every line of a Chinese column is short enough to be asked, and each of its characters is:
// a table of the openers by their low six bits (no two share them) answers with one load
// and one compare. (The 64-bit filter before it let one character in six through, by its
// low bits, to a switch and thirteen words' compares: notice_in was 4.9 M instructions of
// zh-1MB's 46 M roles stage.)
struct notice_openers {
  char32_t at[64];
  constexpr notice_openers() : at{} {
    // An empty slot holds a character whose low bits are not the slot's: it matches none.
    for (char32_t i = 0; i < 64; ++i) at[i] = i ^ 1;
    for (char32_t o : cjk_notice_openers) at[o & 63] = o;
    for (char32_t o : {U'C', U'A'}) at[o & 63] = o;
  }
};
inline constexpr notice_openers notice_opener_table{};
static_assert([] {
  for (char32_t o : cjk_notice_openers)
    if (notice_opener_table.at[o & 63] != o) return false;  // two openers' low bits alike
  for (char32_t o : {U'C', U'A'})
    if (notice_opener_table.at[o & 63] != o) return false;
  return true;
}());

bool may_open_notice_word(char32_t c) { return notice_opener_table.at[c & 63] == c; }

}  // namespace

// The tests below, each of a trimmed line: looks_like_X(s) is X_in(trim(s)), and
// match_lexicons() trims a line once for all of them.
namespace {

bool byline_in(sv s) {
  if (s.empty() || s.size() > 40 || !may_open_byline(s.front())) return false;
  // "□ 傅清" / "■ 王某": a box then a name of at most a few characters.
  if ((s.front() == U'□' || s.front() == U'■' || s.front() == U'○') && s.size() <= 16) {
    sv name = trim(s.substr(1));
    return !name.empty() && count_cjk(name) >= 2 && all_cjk_or_space(name);
  }
  // "口 陈立", "口周宁": OCR reads the box as the ideograph 口, which opens words too ("口岸",
  // "口罩开始…"): a name of two to four characters after it, led by a surname, alone on the line.
  if (s.front() == U'口' && s.size() <= 6) {
    sv name = trim(s.substr(1));
    return name.size() >= 2 && name.size() <= 4 && count_cjk(name) == name.size() && starts_with_surname(name);
  }
  // "本报记者 王明 李华": a title, then names of two to four characters (spaced when several).
  static constexpr std::u32string_view credit_openings[] = {U"本报记者", U"本报通讯员", U"特约记者", U"记者", U"文／", U"文/", U"文 / "};
  for (std::u32string_view p : credit_openings) {
    if (!starts(s, p) || s.size() > p.size() + 16 || !all_cjk_or_space(s.substr(p.size()))) continue;
    sv names = s.substr(p.size());
    const bool spaced = !names.empty() && is_space(names.front());
    names = trim(names);
    std::size_t start = 0, count = 0;
    bool ok = !names.empty();
    while (ok && start < names.size()) {
      std::size_t end = start;
      while (end < names.size() && !is_space(names[end])) ++end;
      const std::size_t len = end - start;
      ok = len >= 2 && len <= 4;
      ++count;
      start = end;
      while (start < names.size() && is_space(names[start])) ++start;
    }
    if (ok && (spaced || (count == 1 && starts_with_surname(names)))) return true;
  }
  // Taiwan's "【记者王小明／台北报导】", "〔记者王小明/台北报导〕": the reporter, a slash, where from.
  if (s.front() == U'【' || s.front() == U'〔' || s.front() == U'记') {
    const sv inner = strip_brackets(s);
    if (starts(inner, U"记者") && inner.size() <= 24 && (ends(inner, U"报导") || ends(inner, U"报道")) &&
        (contains(inner, U"／") || contains(inner, U"/")))
      return true;
  }
  // "By Jane Smith" / "By JANE SMITH and JOHN DOE".
  if (starts(s, U"By ") && s.size() <= 60 && s.size() > 4 && is_upper_latin(s[3])) {
    for (char32_t c : s)
      if (c == U'.' && !ends(s, U".")) return false;
    return true;
  }
  return false;
}

bool credit_in(sv s) {
  if (s.empty() || s.size() > 120 || !may_open_credit(s.front())) return false;
  // "据新华社", "据人民日报", "据央视新闻" — short, no punctuation.
  // Longer "据…社" lines open a sentence ("据当地一家通讯社 / 12日报道，…").
  if (starts(s, U"据") && s.size() <= 7 && all_cjk_or_space(s) &&
      (ends(s, U"社") || ends(s, U"报") || ends(s, U"新闻") || ends(s, U"网") || ends(s, U"台") || ends(s, U"电")))
    return true;
  const sv inner = strip_brackets(s);
  if (inner.size() != s.size()) {
    if (starts(inner, U"作者单位") || starts(inner, U"作者系") || starts(inner, U"作者为") ||
        starts(inner, U"本文作者"))
      return true;
    // "（摘编自《吉林日报》）", "（来源：人民网）": where the piece was taken from.
    if ((starts(inner, U"摘编自") || starts(inner, U"摘自") || starts(inner, U"来源：") || starts(inner, U"来源:") ||
         starts(inner, U"原载")) && inner.size() <= 60)
      return true;
    // "(新华社上海5月3日电 记者王明 李华)": a closing dateline with reporters.
    if (contains(inner, U"电") && contains(inner, U"记者") && inner.size() <= 60) return true;
    // "（中央社）", "（新华社）": the agency's name alone, closing a story.
    if (inner.size() >= 3 && inner.size() <= 4 && ends(inner, U"社") && all_cjk_or_space(inner)) return true;
    if (inner == U"Reuters"sv || inner == U"AP"sv || inner == U"AFP"sv || inner == U"Bloomberg"sv) return true;
  }
  if (starts(s, U"责任编辑") || starts(s, U"责编")) return true;
  if ((starts(s, U"— ") || starts(s, U"-- ")) && s.size() <= 30) return true;  // "— Reuters"
  return s == U"Reuters"sv || s == U"REUTER"sv || s == U"Associated Press"sv;
}

// slash_or_paren: the line holds a '/' or a '('.
bool caption_in(sv s, bool slash_or_paren) {
  if (s.size() < 6) return false;
  // Agency credits of a picture: "… REUTERS/Jane Moss", "(AP Photo/Tom Becker)", "(Photo: Anna Ruiz)".
  // (Looked for only in a line with a slash or a bracket: one pass, not five. Each credit
  // holds its slash or bracket, so one flag for both gives the same answers: looks_like_caption
  // fell from 13.0 M instructions to 6.9 M on an English megabyte.)
  // (One pass that asks at each slash what precedes it and at each bracket what follows,
  // instead of five searches of the line: caption_in's cost on an English megabyte was
  // mostly theirs, on the one line in twenty with a slash or bracket.)
  if (s.size() <= 200 && slash_or_paren) {
    for (std::size_t k = 0; k < s.size(); ++k) {
      if (s[k] == U'/') {
        const sv before = s.substr(0, k);
        if (ends(before, U"REUTERS") || ends(before, U"AP Photo") || ends(before, U"AFP")) return true;
      } else if (s[k] == U'(') {
        const sv from = s.substr(k);
        // (A colon alone: "…Casey. (Photo:" / "Peter Hale)", the name wrapped.)
        if (starts(from, U"(Photo:") || starts(from, U"(Photo by ")) return true;
      }
    }
  }
  const char32_t last = s.back();
  if (!may_be_captions_last(last) && !may_end_caption(s[s.size() - 2]) && s.front() != U'P' && s.front() != U'图')
    return false;
  static constexpr std::u32string_view caption_endings[] = {U"新华社发", U"新华社记者", U"供图", U"资料图片", U"视觉中国", U"图片来源"};
  // (An ending is compared only where the line's last or next-to-last character is its
  // last: two calls an ending were made for every line that passed the gate above.)
  const char32_t before_last = s[s.size() - 2];
  for (std::u32string_view e : caption_endings) {
    if ((last == e.back() && ends(s, e)) ||
        (before_last == e.back() && s.size() > e.size() + 1 && ends(s.substr(0, s.size() - 1), e)))
      return true;
  }
  // "新华社记者 周晓岚 摄" / "本报记者 王某摄".
  if (ends(s, U"摄") || ends(s, U"摄）") || ends(s, U"摄)")) {
    return contains(s, U"记者") || contains(s, U"新华社") || contains(s, U"通讯员") || s.size() <= 40;
  }
  return starts(s, U"Photo:") || starts(s, U"PHOTO:") || starts(s, U"Picture:") || starts(s, U"图为");
}

bool jump_in(sv s) {
  s = strip_brackets(s);
  if (s.empty() || s.size() > 30 || !may_open_jump(s.front())) return false;
  static constexpr std::u32string_view jump_markers_zh[] = {U"下转第", U"上接第", U"转第", U"接第", U"紧接第"};
  for (std::u32string_view p : jump_markers_zh)
    if (starts(s, p) && (ends(s, U"版") || contains(s, U"版"))) return true;
  static constexpr std::u32string_view jump_markers_en[] = {U"Continued on page", U"Continued from page",
      U"Continued on Page", U"Continued from Page", U"See PAGE", U"See page"};
  for (std::u32string_view p : jump_markers_en)
    if (starts(s, p)) return true;
  return false;
}

}  // namespace

bool jump_resumes(sv s) {
  s = strip_brackets(trim(s));
  static constexpr std::u32string_view continuation_markers[] = {U"上接", U"接第", U"紧接", U"Continued from",
      U"continued from"};
  for (std::u32string_view p : continuation_markers)
    if (starts(s, p)) return true;
  return false;
}

int jump_page(sv s) {
  for (std::size_t k = 0; k < s.size(); ++k) {
    auto digit = [&](std::size_t at) -> int {
      if (at >= s.size()) return -1;
      const char32_t c = s[at];
      if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
      if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
      return -1;
    };
    if (digit(k) >= 0) {
      int n = 0;
      for (; digit(k) >= 0 && n < 10000; ++k) n = n * 10 + digit(k);
      return n;
    }
    if (s[k] == U'第') {
      static constexpr std::u32string_view numerals = U"一二三四五六七八九";
      int n = 0;
      for (std::size_t j = k + 1; j < s.size(); ++j) {
        const std::size_t v = numerals.find(s[j]);
        if (v != std::u32string_view::npos) n = n / 10 * 10 + static_cast<int>(v) + 1;  // (the units)
        else if (s[j] == U'十') n = (n == 0 ? 1 : n) * 10;
        else break;
      }
      if (n > 0) return n;
    }
  }
  return -1;
}

namespace {

// star: s holds a '星'.
bool furniture_in(sv s, bool star) {
  // Every pattern below is at most 24 characters long.
  if (s.empty() || s.size() > 24) return false;
  // A bare page number or folio: "3", "A3", "- 12 -", "第3版".
  bool digits_only = s.size() <= 8;
  std::size_t digits = 0;
  for (std::size_t k = 0; digits_only && k < s.size(); ++k) {
    const char32_t c = s[k];
    if (classify(c) == char_class::digit) ++digits;
    else if (!(is_space(c) || c == U'-' || c == U'—' || c == U'·' || (c >= U'A' && c <= U'D'))) digits_only = false;
  }
  if (digits_only && digits >= 1) return true;
  // (starts() is a call: the first character is asked first. looks_like_furniture fell
  // from 5.4 M instructions to 4.0 M on a Chinese megabyte.)
  if (s.front() == U'第' && ends(s, U"版") && s.size() <= 6) return true;
  // "2026年4月13日 星期一" alone on a line.
  // (A first pass without a branch, vectorised, asks whether 星 is there at all: the search
  // for "星期" cost about a hundred instructions a line. looks_like_furniture fell from
  // 4.0 M instructions to 3.2 M on a Chinese megabyte. Over 24 characters it never came here.)
  // (Whether 星 is there at all the line's marks say: the search for "星期" cost about a
  // hundred instructions a line, a pass for 星 about fifty.)
  if (star && contains(s, U"星期") && contains(s, U"年") && contains(s, U"月")) return true;
  if (s.front() == U'P' && s.size() <= 10 && (starts(s, U"Page ") || starts(s, U"PAGE "))) return true;
  return false;
}

// A page's own lines, which belong to no story: its masthead (the paper's name, the date
// with its weekday, the page's number and desk: "第4版 要闻", "Page A9 World") and the
// line of the page's staff at its foot. An extractor prints them on lines of their own
// or, reading the page as it was drawn (`pdftotext -raw`), the masthead's parts on one
// line ("江城日报 2026年3月1日星期五 第12版要闻", "The Daily Courier Monday, March 19,
// 2026 Page A16 News"). No sentence: no comma, no full stop.

// "Monday, March 19, 2026": a weekday, a month, a day and a year.
bool english_weekday_date(sv s) {
  static constexpr sv weekdays[] = {U"Monday, ", U"Tuesday, ", U"Wednesday, ", U"Thursday, ", U"Friday, ", U"Saturday, ",
                                    U"Sunday, "};
  static constexpr sv months[] = {U"January ", U"February ", U"March ", U"April ", U"May ", U"June ", U"July ",
                                  U"August ", U"September ", U"October ", U"November ", U"December "};
  for (std::size_t at = s.find(U"day, "sv); at != sv::npos; at = s.find(U"day, "sv, at + 1)) {
    for (sv w : weekdays) {
      if (at + 5 < w.size() || s.substr(at + 5 - w.size(), w.size()) != w) continue;
      sv rest = s.substr(at + 5);
      for (sv m : months) {
        if (!starts(rest, m)) continue;
        std::size_t k = m.size(), digits = 0;
        while (k < rest.size() && rest[k] >= U'0' && rest[k] <= U'9') ++k, ++digits;
        if (digits < 1 || digits > 2 || !starts(rest.substr(k), U", ")) return false;
        k += 2;
        for (digits = 0; k < rest.size() && rest[k] >= U'0' && rest[k] <= U'9'; ++k) ++digits;
        return digits == 4;
      }
    }
  }
  return false;
}

// Every Latin word of s opens with a capital or a digit (a masthead's words do).
bool capitals_only(sv s) {
  bool word_start = true;
  for (const char32_t c : s) {
    if (word_start && c >= U'a' && c <= U'z') return false;
    word_start = c == U' ';
  }
  return true;
}

// "第4版", "第十二版" at k: a page's number.
bool cjk_folio_at(sv s, std::size_t k) {
  if (k >= s.size() || s[k] != U'第') return false;
  std::size_t j = k + 1;
  // (Or what OCR reads for a digit in small type: "第1]版", "第?版".)
  while (j < s.size() && j <= k + 3 && ((s[j] > U' ' && s[j] <= U'~') || sv(U"一二三四五六七八九十").find(s[j]) != sv::npos)) ++j;
  return j > k + 1 && j < s.size() && s[j] == U'版';
}

// "A16", "12", "B3": a page's number as a word of its own at the end of s.
bool ends_in_page_number(sv s) {
  std::size_t k = s.size(), digits = 0;
  while (k > 0 && s[k - 1] >= U'0' && s[k - 1] <= U'9') --k, ++digits;
  if (k > 0 && s[k - 1] >= U'A' && s[k - 1] <= U'Z') --k;
  return digits >= 1 && digits <= 3 && k > 0 && s[k - 1] == U' ';
}

// The page's staff: "责任编辑：王明 版式设计：刘晨光", "版式设计：刘晨光", "Editor: Tom Becker A9".
// (A story's own editor, "责任编辑：王明" alone, is its credit.)
bool page_staff_in(sv s) {
  static constexpr sv page_roles[] = {U"版式设计", U"美术编辑", U"本版编辑", U"版面编辑", U"美编", U"校对", U"Editor: ",
                                      U"Page editor: ", U"Designer: ", U"Design: "};
  static constexpr sv story_roles[] = {U"责任编辑", U"责编"};
  bool page = false, story = false;
  for (sv r : page_roles) page = page || starts(s, r);
  for (sv r : story_roles) story = story || starts(s, r);
  if (!page && !story) return false;
  if (page) return true;
  // A story's role with a second role or the page's number after it is the page's.
  for (sv r : page_roles)
    if (contains(s.substr(2), r)) return true;
  return ends_in_page_number(s);
}

constexpr bool may_open_page_staff(char32_t c) {
  switch (c) {
    case U'版': case U'美': case U'本': case U'校': case U'责': case U'E': case U'P': case U'D': return true;
    default: return false;
  }
}

// A digit, or a letter OCR reads one as in a folio's small type: "l" or "I" for 1, "O" for
// 0, "S" for 5, "T" for 7, "Q" for 9 ("Al6", "AT", "AQ" for A16, A7, A9).
bool read_digit(char32_t c) { return (c >= U'0' && c <= U'9') || sv(U"lIOSTQ").find(c) != sv::npos; }

bool masthead_in(sv s, const line_marks& marks, bool cjk) {
  if (marks.wide_comma || marks.inner_full_stop || s.back() == U'。' || s.back() == U'.') return false;
  if (!cjk) {
    // (A line of text has a word in lower case, most often among its first: turned away there.)
    if (!capitals_only(s)) return false;
    if (marks.comma && english_weekday_date(s)) return true;
    // "Page A9 World": the page's number and desk (OCR's "Page Al6 News" too, see read_digit).
    return s.front() == U'P' && s.size() <= 24 && starts(s, U"Page ") && s.size() > 5 &&
           ((s[5] >= U'0' && s[5] <= U'9') || (s[5] >= U'A' && s[5] <= U'Z' && s.size() > 6 && read_digit(s[6])));
  }
  // (Whether 星 is there the marks say; a pass without a branch, vectorised, asks whether 第 is.)
  if (marks.star && contains(s, U"星期") && contains(s, U"年") && contains(s, U"月")) return true;
  std::uint32_t di = 0;
  for (const char32_t c : s) di |= std::uint32_t{c == U'第'};
  return di && s.size() <= 12 && cjk_folio_at(s, 0);  // "第4版 要闻"
}

// notice_in() of a line with no stars, hashes or spaces around it: its words alone.
bool notice_words_in(sv s) {
  if (s.size() > 24) return false;
  static constexpr std::u32string_view notice_words[] = {U"广告", U"遗失声明", U"注销公告", U"声明公告", U"减资公告", U"招聘启事",
      U"寻人启事", U"分类信息", U"资讯广场", U"Classifieds", U"CLASSIFIEDS", U"Advertisement", U"ADVERTISEMENT"};
  // A word is on the line when it starts at one of the line's characters: only where one
  // may open a word are the words compared. (Common characters such as 分 and 声 had sent
  // the line to thirteen searches of it: looks_like_notice fell from 6.3 M instructions to
  // 6.0 M on a Chinese megabyte, 3.5 M to 3.2 M on an English one.)
  // (A pointer is the loop's one count, the position worked out at an opener only: with the
  // position, the rest's length and the pointer kept apart the loop was ten instructions a
  // character. A line's last character opens no word: every word is two characters at least.)
  if (s.size() < 2) return false;
  for (const char32_t *p = s.data(), *end = s.data() + s.size() - 1; p != end; ++p) {
    if (!may_open_notice_word(*p)) continue;
    const sv rest = s.substr(static_cast<std::size_t>(p - s.data()));
    for (std::u32string_view w : notice_words)
      if (w.front() == rest.front() && rest.substr(0, w.size()) == w) return true;
  }
  return false;
}

bool notice_in(sv s) {
  while (!s.empty() && (s.front() == U'*' || s.front() == U'#' || is_space(s.front()))) s.remove_prefix(1);
  while (!s.empty() && (s.back() == U'*' || is_space(s.back()))) s.remove_suffix(1);
  return notice_words_in(s);
}

// "央视网消息（新闻联播）：", "新华社消息，": where an outlet's "消息" opens the line (after
// the outlet's name), a bracket, colon or comma after it, or npos.
// (Only an opening "消息" counts: the search stops where the position test would fail.)
// (An inline search of the first ten characters, with the same first match as find():
// looks_like_dateline fell from 4.5 M instructions to 3.7 M on a Chinese megabyte.)
std::size_t outlet_news_at(sv s) {
  // (Every "消息" at j covers an odd position, j or j + 1: only the odd ones are read, and
  // at each the pair ending there is asked before the pair starting there, so that the
  // first pair is found first. Half the loads and branches of a line that holds none.)
  std::size_t xiaoxi = sv::npos;
  const std::size_t m = std::min<std::size_t>(s.size(), 10);
  for (std::size_t i = 1; i < m; i += 2) {
    const char32_t c = s[i];
    if (c == U'息' && s[i - 1] == U'消') {
      xiaoxi = i - 1;
      break;
    }
    if (c == U'消' && i + 1 < m && s[i + 1] == U'息') {
      xiaoxi = i;
      break;
    }
  }
  // (OCR reads "（" as "〈" or "(", and sets a space before it: "央视网消息 〈新闻联播) :".)
  std::size_t mark = xiaoxi + 2;
  if (xiaoxi != sv::npos && mark + 1 < s.size() && s[mark] == U' ') ++mark;
  if (xiaoxi != sv::npos && xiaoxi >= 2 && xiaoxi <= 8 && mark < s.size() &&
      (s[mark] == U'（' || s[mark] == U'：' || s[mark] == U'，' || s[mark] == U'(' || s[mark] == U':' || s[mark] == U'〈'))
  {
    // ... from an outlet: "央视网", "新华社", "本报", "中央台".
    const char32_t outlet = s[xiaoxi - 1];
    if (outlet == U'网' || outlet == U'社' || outlet == U'台' || outlet == U'报') return xiaoxi;
  }
  return sv::npos;
}

bool dateline_in(sv s) {
  if (s.size() < 3) return false;  // every pattern below is longer
  const char32_t first = s.front();
  if (first == U'本' && (starts(s, U"本报讯") || starts(s, U"本报电") || starts(s, U"本报北京") || starts(s, U"本报记者")))
    return !byline_in(s);
  // An outlet's news-item opening: only ideographs before "消息" (the outlet's name).
  // (Searched for only in a line that opens with one; of another line it can only say no,
  // which the one rule such a line may meet below asks last.)
  const bool ideograph_first = is_cjk(first) || first == U'·';
  if (ideograph_first) {
    const std::size_t xiaoxi = outlet_news_at(s);
    if (xiaoxi != sv::npos) return all_cjk_or_space(s.substr(0, xiaoxi));
  }
  // "新华社北京4月12日电", "中新社香港3月1日电", "本报南宁6月17日电": an agency or the
  // paper, a place, a date, 电.
  if ((first == U'新' || first == U'中' || first == U'央' || first == U'本') && s.size() > 6 &&
      (starts(s, U"新华社") || starts(s, U"中新社") || starts(s, U"央视网") || starts(s, U"本报"))) {
    const auto dian = s.find(U"电"sv);
    return dian != sv::npos && dian <= 20 && s.find(U"日"sv) < dian;
  }
  // Taiwan's wire, in brackets: "（中央社记者王小明台北17日电）", "（中央社台北17日综合外电报导）".
  if ((first == U'（' || first == U'(') && starts(s.substr(1), U"中央社")) {
    const std::size_t close = s.find_first_of(U"）)"sv);
    if (close == sv::npos || close > 30) return false;
    const sv inner = s.substr(0, close);
    return inner.find(U'日') != sv::npos && (ends(inner, U"电") || ends(inner, U"报导"));
  }
  // "LONDON, March 3 (Reuters) -" / "WASHINGTON (AP) —".
  // (A line opening with neither a capital nor a full stop has no run of them: most lines
  // are turned away here, before the loop.)
  if (!is_upper_latin(first) && first != U'.') return false;
  std::size_t caps = 0;
  while (caps < s.size() && (is_upper_latin(s[caps]) || s[caps] == U' ' || s[caps] == U'.')) ++caps;
  if (caps >= 4 && caps < s.size() && (s[caps] == U',' || s[caps] == U'(')) {
    const auto dash = s.find_first_of(U"-—–");
    return dash != sv::npos && dash < 48 && outlet_news_at(s) == sv::npos;  // (the line opens with no ideograph)
  }
  return false;
}

bool standfirst_in(sv s) { return s.size() >= 20 && (s.front() == U'■' || s.front() == U'▲' || s.front() == U'▶'); }

bool holds_slash_or_paren(sv s) {
  std::uint32_t marks = 0;
  for (char32_t c : s) marks |= std::uint32_t{c == U'/'} | std::uint32_t{c == U'('};
  return marks != 0;
}

}  // namespace

bool looks_like_byline(sv s) { return byline_in(trim(s)); }
bool looks_like_credit(sv s) { return credit_in(trim(s)); }
bool looks_like_caption(sv s) {
  s = trim(s);
  return caption_in(s, s.size() <= 200 && holds_slash_or_paren(s));
}
bool looks_like_jump(sv s) { return jump_in(trim(s)); }
bool looks_like_furniture(sv s) {
  s = trim(s);
  return furniture_in(s, find_marks(s).star) || looks_like_page_furniture(s);
}
bool names_an_editor(sv s) {
  s = trim(s);
  return starts(s, U"责任编辑") || starts(s, U"责编");
}

bool looks_like_page_staff(sv s) {
  s = trim(s);
  return !s.empty() && s.size() <= 40 && may_open_page_staff(s.front()) && page_staff_in(s);
}

bool looks_like_masthead(sv s, const line_marks& marks, bool cjk) {
  s = trim(s);
  // (Its spaces not counted: OCR keeps the page's width between a date at the left and the
  // folio at the right, "2026年3月19日 星期三", sixty spaces, "第15版要闻"; pdftotext -layout
  // sets the masthead's parts apart by runs of spaces as wide as the page.)
  // (The lexicon first: it turns a line of text away at its first word in lower case, where
  // counting a long line's ink read all of it.)
  if (s.empty() || !masthead_in(s, marks, cjk)) return false;
  std::size_t ink = 0;
  for (const char32_t c : s) ink += !is_space(c);
  return ink != 0 && ink <= 64;
}

bool looks_like_ocr_folio(sv s) {
  s = trim(s);
  if (s.size() < 2 || s.size() > 4 || s[0] < U'A' || s[0] > U'Z') return false;
  for (std::size_t k = 1; k < s.size(); ++k)
    if (!read_digit(s[k])) return false;
  return true;
}
bool looks_like_page_furniture(sv s) {
  bool cjk = false;
  for (const char32_t c : s) cjk = cjk || is_cjk(c);
  return looks_like_page_staff(s) || looks_like_masthead(s, find_marks(s), cjk);
}
bool looks_like_notice(sv s) { return notice_in(trim(s)); }
bool looks_like_dateline(sv s) { return dateline_in(trim(s)); }
bool looks_like_trimmed_dateline(sv s) { return dateline_in(s); }
bool looks_like_standfirst(sv s) { return standfirst_in(trim(s)); }

namespace {

// The tests match_trimmed_lexicons() may ask of a line by its first character (each
// may_open_X() above, and a bracket that jump_in() strips), in one table lookup: they were
// five chains of compares a line, and most lines open with a character none lets through.
enum : std::uint8_t { gate_jump = 1, gate_staff = 2, gate_byline = 4, gate_credit = 8, gate_bracket = 16 };
constexpr std::uint8_t gates_of_char(char32_t c) {
  return static_cast<std::uint8_t>((may_open_jump(c) ? gate_jump : 0) | (may_open_page_staff(c) ? gate_staff : 0) |
                                   (may_open_byline(c) ? gate_byline : 0) | (may_open_credit(c) ? gate_credit : 0) |
                                   (opens_bracket(c) ? gate_bracket : 0));
}
// ASCII by a table; past it, the characters some gate lets through (every case of the
// functions above) in 128 slots, a slot by a multiplicative hash whose multiplier is
// searched for when compiled so that no two share one.
constexpr char32_t gated[] = {U'下', U'上', U'转', U'接', U'紧', U'版', U'美', U'本', U'校', U'责', U'□', U'■', U'○', U'口', U'特',
                              U'记', U'文', U'据', U'—', U'“', U'‘', U'「', U'『', U'（', U'《', U'【', U'〔', U'［', U'〈'};
struct gate_table {
  struct slot {
    char32_t c;
    std::uint8_t gates;
  };
  std::uint8_t ascii[0x80];
  slot other[128];
  std::uint32_t multiplier;
  static constexpr unsigned slot_of(char32_t c, std::uint32_t m) { return static_cast<std::uint32_t>(c * m) >> 25; }
  constexpr gate_table() : ascii{}, other{}, multiplier(0) {
    for (char32_t c = 0; c < 0x80; ++c) ascii[c] = gates_of_char(c);
    // (Odd multiples of the golden ratio's: neighbouring multipliers part the same keys
    // alike, and a search by steps of two ran past clang's constexpr step limit.)
    for (std::uint32_t k = 1;; k += 2) {
      const std::uint32_t m = 0x9E3779B1u * k;
      bool taken[128] = {};
      bool apart = true;
      for (char32_t c : gated) {
        apart = apart && !taken[slot_of(c, m)];
        taken[slot_of(c, m)] = true;
      }
      if (!apart) continue;
      multiplier = m;
      break;
    }
    for (slot& s : other) s = {0, 0};  // (no character of these holds 0)
    for (char32_t c : gated) other[slot_of(c, multiplier)] = {c, gates_of_char(c)};
  }
  constexpr std::uint8_t of(char32_t c) const {
    if (c < 0x80) return ascii[c];
    const slot& s = other[slot_of(c, multiplier)];
    return s.c == c ? s.gates : 0;
  }
};
inline constexpr gate_table gates{};
// Every character past ASCII that some gate lets through is listed: the functions' cases
// lie in these ranges. (Checked when compiled; clang's constexpr step limit is lower than
// g++'s, and g++ builds the tests.)
#if !defined(__clang__)
static_assert([] {
  for (const auto& [from, to] : {std::pair<char32_t, char32_t>{0x80, 0x3100}, {0x4E00, 0xA000}, {0xFF00, 0x10000}})
    for (char32_t c = from; c < to; ++c)
      if (gates.of(c) != gates_of_char(c)) return false;
  return true;
}());
#endif

}  // namespace

lexicon_match match_lexicons(sv s, const line_marks& marks) { return match_trimmed_lexicons(trim(s), marks); }

lexicon_match match_trimmed_lexicons(sv s, const line_marks& marks) {
  if (s.empty()) return lexicon_match::none;  // (no test holds for an empty line)
  const std::size_t n = s.size();
  const char32_t first = s.front(), last = s.back();
  // Each test's gate is implied by every one of its patterns (the test asks it again):
  // a jump line is at most 30 characters inside its brackets, a notice at most 24 inside
  // its stars, a byline at most 40 and a credit 120, each opening with one of a few
  // characters; furniture is at most 24 characters.
  const std::uint8_t gate = gates.of(first);
  // (A jump line in brackets is asked by what they hold: jump_in() strips them.)
  if (((n <= 30 && (gate & gate_jump)) || ((gate & gate_bracket) && is_closing(last))) && jump_in(s))
    return lexicon_match::jump;
  // (A trimmed line that opens with no star or hash and ends with no star is what notice_in()
  // would strip it to: its words are asked at once.)
  if (first == U'*' || first == U'#' || last == U'*') {
    if (notice_in(s)) return lexicon_match::notice;
  } else if (n <= 24 && marks.notice_opener && notice_words_in(s)) {
    return lexicon_match::notice;
  }
  if (n <= 40 && (gate & gate_staff) && page_staff_in(s)) return lexicon_match::furniture;
  if (n <= 40 && (gate & gate_byline) && byline_in(s)) return lexicon_match::byline;
  if (n <= 120 && (gate & gate_credit) && credit_in(s)) return lexicon_match::credit;
  if (caption_in(s, marks.slash_or_paren)) return lexicon_match::caption;
  if (standfirst_in(s)) return lexicon_match::standfirst;
  // (Without 星 furniture opens with "第", 'P' or a bare folio's characters: digits, dashes,
  // spaces, 'A'-'D', none of them from U+3001 to U+9FFF but 第. furniture_in() is not called
  // for a line opened by CJK punctuation or another ideograph, most short lines of a Chinese page.)
  if (n <= 24 && (marks.star || first <= 0x3000 || first > 0x9FFF || first == U'第') && furniture_in(s, marks.star))
    return lexicon_match::furniture;
  return lexicon_match::none;
}

namespace {

// The credit after the mark before s[k] (s trimmed), or 0.
std::size_t credit_after(sv s, std::size_t k) {
  if (k == 0 || k == s.size()) return 0;
  const sv tail = trim(s.substr(k));
  if (tail.size() > 12 || !credit_in(tail)) return 0;
  return s.size() - k;
}

}  // namespace

std::size_t trailing_credit_length(sv s) {
  s = trim(s);
  // The credit follows the paragraph's last sentence-final mark (a space between may have
  // gone with despacing).
  // A tail of more than 12 characters after its first non-space one cannot be a credit:
  // the search backwards stops there.
  // (An ideograph, Latin letter or digit is neither a mark nor a space: the two switches
  // are asked only of the other characters. trailing_credit_length fell from 6.3 M
  // instructions to 5.5 M on a Chinese megabyte, 6.9 M to 6.4 M on an English one.)
  const auto plain = [](char32_t c) {
    return c - 0x4E00 < 0x5200 || (c < 0x80 && (classify(c) == char_class::latin || classify(c) == char_class::digit));
  };
  // Over the last 12 characters only a mark stops the search: their loop asks nothing else.
  const std::size_t free_end = s.size() > 12 ? s.size() - 12 : 0;
  std::size_t k = s.size();
  while (k > free_end && (plain(s[k - 1]) || !(is_sentence_final(s[k - 1]) || is_closing(s[k - 1])))) --k;
  while (k > 0) {
    const char32_t c = s[k - 1];
    const bool plain_c = plain(c);
    if (!plain_c && (is_sentence_final(c) || is_closing(c))) break;
    --k;
    if (s.size() - k > 12 && (plain_c || !is_space(c))) return 0;
  }
  return credit_after(s, k);
}

std::size_t trailing_credit_length(sv s, const line_marks& marks) {
  // The search backwards stops at the last mark, where the marks say it is: the characters
  // after it need only be asked whether they are more than 12, not counting spaces beyond.
  // (Positions in a line that trimming would change are not the trimmed line's.)
  if (s.empty() || is_space(s.front()) || is_space(s.back())) return trailing_credit_length(s);
  const std::size_t k = marks.end_mark_end;
  if (k == 0) return 0;
  for (std::size_t i = k; i + 12 < s.size(); ++i)
    if (!is_space(s[i])) return 0;
  return credit_after(s, k);
}

// "Cotton Yield Slip Not Troubling Norvania's Fund": most words capitalised.
bool looks_like_box_head(sv s) {
  s = trim(s);
  if (s.empty() || s.size() > 40) return false;
  if (is_cjk(s.back()))
    return s.size() <= 12 && (ends(s, U"快讯") || ends(s, U"简讯") || ends(s, U"短讯") || ends(s, U"速递") ||
                              ends(s, U"速览") || ends(s, U"要闻") || ends(s, U"一览") || ends(s, U"集锦") ||
                              ends(s, U"链接") || ends(s, U"背景资料") || ends(s, U"延伸阅读") || ends(s, U"小贴士") ||
                              ends(s, U"资料卡"));
  std::u32string lower;
  for (char32_t c : s) lower.push_back(c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c);
  const sv l = lower;
  return ends(l, U"in brief") || ends(l, U"briefs") || l == U"briefly"sv || ends(l, U"roundup") ||
         ends(l, U"round-up") || ends(l, U"digest") || ends(l, U"at a glance") || l == U"background"sv ||
         l == U"fact box"sv || l == U"factbox"sv || l == U"key facts"sv || l == U"timeline"sv || l == U"related story"sv ||
         l == U"related stories"sv;
}

namespace {

// The marks leaves_quote_open() counts: “ ” (U+201C, U+201D) and 《》「」『』 (U+300A..U+300F).
bool is_quote_mark(char32_t c) { return c - U'“' <= char32_t{U'”' - U'“'} || c - U'《' <= char32_t{U'』' - U'《'}; }

}  // namespace

line_marks find_marks(sv s) {
  // One pass for all the marks at once: the separate searches for them were a sixth of the
  // roles stage on an English megabyte. Ideographs and ASCII letters, digits and spaces,
  // most of a line, are passed over with a compare or two each. (The roles stage reads
  // the marks measure_lines() found as it decoded the line; this is for a line asked alone.)
  line_marks m;
  std::uint32_t full_stops = 0;
  int letters = 0;
  for (std::size_t k = 0; k < s.size(); ++k) {
    const char32_t c = s[k];
    if (c - 0x4E00 < 0x5200) {
      m.star = m.star || c == U'星';
      for (const char32_t o : cjk_notice_openers) m.notice_opener = m.notice_opener || c == o;
      continue;
    }
    const char_class cls = classify(c);
    letters += cls == char_class::latin;
    if (c < 0x80 && cls != char_class::punct) continue;
    if (is_sentence_final(c) || is_closing(c)) m.end_mark_end = k + 1;
    switch (c) {
      case U'/': case U'(': m.slash_or_paren = true; break;
      case U'“': case U'”': case U'《': case U'》': case U'「': case U'」': case U'『': case U'』': m.quote = true; break;
      case U',': m.comma = true; break;
      case U'，': m.wide_comma = true; break;
      case U'。': ++full_stops; break;
      default: break;
    }
  }
  // (The last character's '。' does not count.)
  m.inner_full_stop = full_stops > std::uint32_t{!s.empty() && s.back() == U'。'};
  m.notice_opener = m.notice_opener || letters >= notice_word_letters;
  return m;
}

bool leaves_quote_open(std::u32string_view s) {
  // Most lines hold no quote at all: a first pass without a branch (vectorised) turns them
  // away before the counting loop (7.4 M instructions to 3.6 M on an English megabyte; 3.5 M
  // to 3.8 M on a Chinese one, whose lines hold more quotes).
  std::uint32_t quotes = 0;
  for (const char32_t c : s) quotes |= std::uint32_t{is_quote_mark(c)};
  line_marks m;
  m.quote = quotes != 0;
  return leaves_quote_open(s, m);
}

bool leaves_quote_open(std::u32string_view s, const line_marks& marks) {
  if (s.empty() || s.front() == U'（' || s.front() == U'(' || !marks.quote) return false;
  int depth = 0;
  for (const char32_t c : s) {
    if (c < U'“' || c > U'』') continue;  // (every quote below is in U+201C..U+300F: most characters stop here)
    if (opens_quote(c)) ++depth;
    else if (closes_quote(c)) depth -= depth > 0;
  }
  return depth > 0;
}

bool closes_unopened(std::u32string_view s) {
  int depth = 0;
  for (const char32_t c : s) {
    if (opens_quote(c) || c == U'（') {
      ++depth;
    } else if (closes_quote(c) || c == U'）') {
      if (depth == 0) return true;
      --depth;
    }
  }
  return false;
}

// A table's row, set a row a line in wire copy, ends in the figure for the period before
// in brackets: a number, or a word in small letters where the row holds a number or that
// word already. A headline that ends in brackets names something there ("… 48.26 billion
// dlrs (March 47.91 billion)", "(Correction)").
bool ends_in_figure(std::u32string_view s) {
  if (s.size() < 4 || s.back() != U')') return false;
  const std::size_t open = s.rfind(U'(');
  if (open == std::u32string_view::npos || open == 0 || s[open - 1] != U' ') return false;
  const std::u32string_view inside = s.substr(open + 1, s.size() - open - 2);
  if (inside.empty()) return false;
  bool digit = false, other = false;
  for (const char32_t c : inside) {
    if (c >= U'0' && c <= U'9') digit = true;
    else if (c != U'.' && c != U',' && c != U'-' && c != U'%' && c != U'/') other = true;
  }
  if (digit) return !other;
  for (const char32_t c : inside)
    if (c < U'a' || c > U'z') return false;
  const std::u32string_view row = s.substr(0, open);
  return row.find(inside) != std::u32string_view::npos || row.find_first_of(U"0123456789") != std::u32string_view::npos;
}

bool two_phrases(std::u32string_view s) {
  const std::size_t sp = s.find(U' ');
  return sp != std::u32string_view::npos && sp > 0 && sp + 1 < s.size() && is_cjk(s[sp - 1]) && is_cjk(s[sp + 1]) &&
         s.find(U' ', sp + 1) == std::u32string_view::npos;
}

bool opens_with_topic(std::u32string_view s) {
  // (Five characters at most are looked at: O(1) a line.)
  // (OCR reads "：" as ':': "南湖区: 奋力书写…".)
  for (std::size_t k = 0; k < s.size() && k <= 5; ++k) {
    if (s[k] == U'：' || s[k] == U':') return k >= 2 && k + 1 < s.size();
    if (!is_cjk(s[k])) return false;
  }
  return false;
}

title_words count_title_words(std::u32string_view s) {
  int words = 0, capital = 0;
  const std::size_t n = s.size();
  // A word at a time: its opening is looked at, the rest passed over to the next space (a
  // test of every character for a word's start was 4% of an English run).
  for (std::size_t k = 0; k < n;) {
    if (s[k] == U' ') {
      ++k;
      continue;
    }
    // A word may open with a bracket or quote ("<Csp>", "(Reuters)", "\"Very"): its first letter counts.
    // (An ASCII letter, the commonest opening, is asked first.)
    const char32_t c = s[k];
    if (c - U'a' < 26) {
      ++words;
    } else if (c - U'A' < 26) {
      ++words;
      ++capital;
    } else if (c == U'<' || c == U'(' || c == U'"' || c == U'\'' || c == U'“' || c == U'‘') {
      ++k;
      continue;
    } else if (classify(c) == char_class::latin) {
      ++words;
    }
    while (k < n && s[k] != U' ') ++k;
  }
  return {words, capital};
}

bool title_case(std::u32string_view s, int min_words) { return count_title_words(s).title_case(min_words); }

namespace {

// t's last space at space (npos when none).
bool ends_in_function_word(std::u32string_view t, std::size_t space) {
  if (space == std::u32string_view::npos) return false;
  const std::u32string_view w = t.substr(space + 1);
  // (Most last words are longer than any function word, or open with a letter none opens
  // with: the table is read for few lines.)
  if (w.empty() || w.size() > 5) return false;
  switch (w.front()) {
    case U'a': case U't': case U'o': case U'i': case U'b': case U'f': case U'w': case U'p': break;
    default: return false;
  }
  // (A constexpr table: a list in the loop's header measured each word's length on every call.)
  static constexpr std::u32string_view function_words[] = {
      U"a", U"an", U"the", U"of", U"to", U"in", U"on", U"at", U"by", U"for", U"with",
      U"from", U"about", U"and", U"or", U"that", U"its", U"their", U"per", U"but", U"than", U"into", U"as"};
  for (const std::u32string_view f : function_words)
    if (w == f) return true;
  return false;
}

}  // namespace

bool ends_in_function_word(std::u32string_view t) {
  // (Only a last word of five letters or fewer can be one: the space before it is looked
  // for among the line's last six characters, not back through the line.)
  const std::size_t from = t.size() > 6 ? t.size() - 6 : 0;
  for (std::size_t k = t.size(); k-- > from;)
    if (t[k] == U' ') return ends_in_function_word(t, k);
  return false;
}

bool sentence_fragment(std::u32string_view s) { return sentence_fragment(s, count_title_words(s)); }

bool lower_case_words_are_function_words(std::u32string_view t) {
  for (std::size_t k = 0; k < t.size();) {
    while (k < t.size() && t[k] == U' ') ++k;
    const std::size_t b = k;
    while (k < t.size() && t[k] != U' ') ++k;
    if (b < k && t[b] >= U'a' && t[b] <= U'z' && !ends_in_function_word(t.substr(0, k), b - 1)) return false;
  }
  return true;
}

bool ends_in_capitalised_function_word(std::u32string_view t) {
  const std::size_t from = t.size() > 6 ? t.size() - 6 : 0;
  for (std::size_t k = t.size(); k-- > from;) {
    if (t[k] != U' ') continue;
    // (The word lowered to the sentence-case table's form: "In" as "in"; "IN", all capitals,
    // is an abbreviation's or a shouted line's, no title-case head's.)
    if (k + 2 > t.size() || t[k + 1] < U'A' || t[k + 1] > U'Z') return false;
    // (In a buffer of its own, at most six characters: no string allocated a line.)
    std::array<char32_t, 6> lowered{};
    const std::u32string_view word = t.substr(k, lowered.size());
    word.copy(lowered.data(), lowered.size());
    lowered[1] = static_cast<char32_t>(lowered[1] - U'A' + U'a');
    for (std::size_t j = 2; j < word.size(); ++j)
      if (lowered[j] < U'a' || lowered[j] > U'z') return false;
    return ends_in_function_word(std::u32string_view(lowered.data(), word.size()), 0);
  }
  return false;
}


// (Each opening is compared
// under its first letter only: eight compares a Latin line, most of them of lines opening
// with none of those letters, were 1.4% of an English reflow.)
bool opens_with_article_or_pronoun(std::u32string_view s) {
  if (s.empty()) return false;
  switch (s.front()) {
    case U'T': return starts(s, U"The ") || starts(s, U"They ");
    case U'A': return starts(s, U"A ") || starts(s, U"An ");
    case U'H': return starts(s, U"He ");
    case U'S': return starts(s, U"She ");
    case U'I': return starts(s, U"It ");
    case U'W': return starts(s, U"We ");
    default: return false;
  }
}

namespace {

// Whether a Latin line reports what was said, in the past tense: "Halden Rating Services
// Inc said it", "The Kestrel Chemical Co said" (a lead's first line, set apart by OCR's blank
// lines). Copy reports so; headlines are written in the present ("Says", and "Said" in title
// case), and a head's "said to" is the passive of its idiom ("Exxon said to weigh bid").
bool reports_speech(std::u32string_view s) {
  static constexpr std::u32string_view said = U"said";
  for (std::size_t at = s.find(said); at != std::u32string_view::npos; at = s.find(said, at + 1)) {
    const std::size_t end = at + said.size();
    if (at > 0 && s[at - 1] != U' ') continue;
    if (end == s.size()) return true;
    if (s[end] == U' ' && s.substr(end, 4) != U" to ") return true;
  }
  return false;
}

}  // namespace

bool sentence_fragment(std::u32string_view s, const title_words& counted, bool holds_said) {
  if (holds_said && reports_speech(s)) return true;
  if (counted.title_case(2)) return false;
  // (Nor does a headline open with a pronoun: "He listed three sectors", "It also said…".)
  return ends_in_function_word(s) || opens_with_article_or_pronoun(s);
}

namespace {

// On a page in traditional characters, what a test reads of a unit's text (its first 128
// characters, or its last for a credit at its end: every test reads less, and answers of
// a longer text as of one of 128) in its characters' simplified forms; else the text.
// (On the stack: a string of the page's, or one made here, cost the WebAssembly module a
// kilobyte.)
constexpr std::size_t fold_room = 128;

template <class Test>
auto of_simplified(sv s, bool traditional, Test test) {
  if (!traditional) return test(s);
  char32_t room[fold_room];
  return test(lexicon_text(s.substr(0, fold_room), room));
}

}  // namespace

bool looks_like_credit(sv s, bool traditional) { return of_simplified(s, traditional, [](sv t) { return looks_like_credit(t); }); }
std::size_t trailing_credit_length(sv s, bool traditional) {
  if (!traditional) return trailing_credit_length(s);
  char32_t room[fold_room];
  return trailing_credit_length(lexicon_text(s.substr(s.size() - std::min(s.size(), fold_room)), room));
}
bool looks_like_dateline(sv s, bool traditional) { return of_simplified(s, traditional, [](sv t) { return looks_like_dateline(t); }); }
bool looks_like_notice(sv s, bool traditional) { return of_simplified(s, traditional, [](sv t) { return looks_like_notice(t); }); }
bool looks_like_box_head(sv s, bool traditional) { return of_simplified(s, traditional, [](sv t) { return looks_like_box_head(t); }); }
bool jump_resumes(sv s, bool traditional) { return of_simplified(s, traditional, [](sv t) { return jump_resumes(t); }); }

}  // namespace galley::detail
