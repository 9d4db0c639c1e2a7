// Small, documented lexicons of newspaper conventions (Chinese and Latin-script).
// Each function looks at one line's text (spaces already trimmed at both ends).
#ifndef GALLEY_LEXICON_HPP
#define GALLEY_LEXICON_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "line_marks.hpp"

namespace galley::detail {

/** "□ 傅清", "本报记者 王某", "记者 张三 李四", "By Jane Smith". */
bool looks_like_byline(std::u32string_view s);
/** "据新华社", "(作者单位:…)", "（新华社北京4月12日电 记者…）", "(Reuters)", "— AP". */
bool looks_like_credit(std::u32string_view s);
/** Photo captions: ending in "新华社发", "记者 X 摄", "供图", "资料图片"; "Photo: …". */
bool looks_like_caption(std::u32string_view s);
/** Jump lines: "下转第3版", "(上接第1版)", "Continued on page 4", "See PAGE 2". */
bool looks_like_jump(std::u32string_view s);
/**
 * Which way a jump line points: true for the line that opens a continuation ("(上接第1版)",
 * "Continued from page 1"), false for the line that cuts the story off ("下转第3版").
 * Only meaningful when looks_like_jump() holds.
 */
bool jump_resumes(std::u32string_view s);
/**
 * The page number a jump line names: the digits in it ("第3版", "Page 12", full-width
 * "第３版") or a Chinese number of one or two places after 第 ("第十二版"); -1 when none.
 */
int jump_page(std::u32string_view s);
/** Page furniture: page numbers, folios, dates alone on a line, section labels, ad headers. */
bool looks_like_furniture(std::u32string_view s);
/**
 * A page's own line, of no story: its masthead or a part of it (the date with its weekday,
 * "第4版 要闻", "Page A9 World"; the paper's name, the date and the folio on one line) or
 * the line of its staff ("责任编辑：王明 版式设计：刘晨光", "Editor: Tom Becker A9").
 */
bool looks_like_page_furniture(std::u32string_view s);
/**
 * A folio alone on a line as OCR reads it: a capital and one to three digits, or letters
 * read for digits ("A16", "Al6", "AT", "AQ"). Page furniture beside the page's staff line.
 */
bool looks_like_ocr_folio(std::u32string_view s);
/** The page's staff line of those: match_lexicons() finds it (as furniture); the roles stage asks for a masthead. */
bool looks_like_page_staff(std::u32string_view s);
/** A credit that names an editor ("责任编辑：王明"): the story's, or, beside the page's staff line, the page's. */
bool names_an_editor(std::u32string_view s);
/** Classified ads and notices: "遗失声明", "注销公告", "广告", "Classifieds". */
bool looks_like_notice(std::u32string_view s);
/** A standfirst: a summary printed under a headline, marked "■" in Chinese print. */
bool looks_like_standfirst(std::u32string_view s);
/** A paragraph opening with a dateline: "本报讯", "新华社北京4月12日电", "LONDON, March 3 (Reuters) -". */
bool looks_like_dateline(std::u32string_view s);
/**
 * A credit run into the end of a paragraph ("…回应。 据新华社"): the length of that credit
 * (to split off), or 0.
 */
std::size_t trailing_credit_length(std::u32string_view s);

/**
 * Led by a dash ("——记…", "——以…为例"): a subtitle when it stands under a head. OCR reads the
 * CJK dash "——" as the ideograph "一" twice ("一一中尼是山水相连的"), or as "-一": such a pair
 * leads too, before a character other than "一".
 */
inline bool dash_led(std::u32string_view s) {
  if (s.empty()) return false;
  if (s.front() == U'—' || s.front() == U'―') return true;
  const auto dash_like = [](char32_t c) { return c == U'一' || c == U'-'; };
  return s.size() > 2 && dash_like(s[0]) && dash_like(s[1]) && (s[0] == U'一' || s[1] == U'一') && s[2] != U'一';
}

/**
 * The head of a box of its own: a roundup of short items ("国内联播快讯", "体育简讯", "News in
 * Brief") or a sidebar ("相关链接", "背景资料", "Background", "Fact Box"). Never a section
 * heading of the story before it.
 */
bool looks_like_box_head(std::u32string_view s);

/**
 * A quote or title mark opened and not closed ("推倒小区间的“隔"): the line's unit goes on.
 * Lines opening with a bracket are asides and credits ("（摘编自《吉林"), not heads: false.
 */
bool leaves_quote_open(std::u32string_view s);

/** The masthead of looks_like_page_furniture()'s lines, the line's marks already found (cjk: it holds an ideograph). */
bool looks_like_masthead(std::u32string_view s, const line_marks& marks, bool cjk);

/** trailing_credit_length(s), the line's marks already found. */
std::size_t trailing_credit_length(std::u32string_view s, const line_marks& marks);
/** leaves_quote_open(s), the line's marks already found. */
bool leaves_quote_open(std::u32string_view s, const line_marks& marks);

/**
 * A quote, title mark or bracket closed that the line did not open ("推倒小区间的“隔心墙”》）"):
 * the line goes on with a text cut off before it, and no head begins so.
 */
bool closes_unopened(std::u32string_view s);

/**
 * The tests the units and articles stages ask of a unit's text, on a page in traditional
 * characters (traditional: line_chars::traditional()) asked of its characters' simplified
 * forms (lexicon_text()); else as above.
 */
bool looks_like_credit(std::u32string_view s, bool traditional);
std::size_t trailing_credit_length(std::u32string_view s, bool traditional);
bool looks_like_dateline(std::u32string_view s, bool traditional);
bool looks_like_notice(std::u32string_view s, bool traditional);
bool looks_like_box_head(std::u32string_view s, bool traditional);
bool jump_resumes(std::u32string_view s, bool traditional);

/** The lexicon a line matches first, in the order the roles stage asks them. */
enum class lexicon_match : std::uint8_t { none, jump, notice, byline, credit, caption, standfirst, furniture };

/**
 * The first of looks_like_jump, _notice, _byline, _credit, _caption, _standfirst and
 * _furniture that holds for s (its marks already found), with the same answers. The line
 * is trimmed once, and each test asked only when the line's length and its first and last
 * characters allow one of its patterns: a line of body text is turned away by a compare
 * or two per test.
 */
lexicon_match match_lexicons(std::u32string_view s, const line_marks& marks);
/**
 * match_lexicons(s, marks) of a line with no space at either end, as measure_lines()
 * decodes a line: not trimmed again (the roles stage asks every line).
 */
lexicon_match match_trimmed_lexicons(std::u32string_view s, const line_marks& marks);
/** looks_like_dateline(s) of a line with no space at either end. */
bool looks_like_trimmed_dateline(std::u32string_view s);

/** Whether a Latin line ends as a row of a table of figures does, the figure for the period
 *  before in brackets: "… 4.27 pct (4.32)", "total 20.0 (nil)", "unquoted (unquoted)". */
bool ends_in_figure(std::u32string_view s);

/** Two runs of ideographs with one space between, as a slogan or a two-part head is set ("践行新发展理念 推动港口建设"). */
bool two_phrases(std::u32string_view s);

/** A line opened by a short name and a full-width colon, the topic a Chinese headline is set
 * under ("湖滨：从一“重”", "南湖新区：突出优势…"): two to five ideographs, the colon, more text. */
bool opens_with_topic(std::u32string_view s);

title_words count_title_words(std::u32string_view s);

/** count_title_words(s).title_case(min_words): for a line asked once. */
bool title_case(std::u32string_view s, int min_words = 3);

/**
 * A Latin line whose first word is all small letters ("into debt talks", "said on Monday"):
 * a sentence's middle, where no head, deck or kicker opens. Not "iPhone", "eBay": a capital
 * inside the first word shows a name.
 */
inline bool opens_lower_case_word(std::u32string_view s) {
  if (s.empty() || s.front() < U'a' || s.front() > U'z') return false;
  for (const char32_t c : s) {
    if (c == U' ') break;
    if (c >= U'A' && c <= U'Z') return false;
  }
  return true;
}

/** The marks of s (the roles stage reads them from line_chars::marks(), found as its lines were decoded). */
line_marks find_marks(std::u32string_view s);

/**
 * A Latin line that ends in an article, preposition or conjunction stops mid-sentence
 * ("Arvelo's Bakery had revenue of about" / "3.2 mln dlrs…"); no headline in sentence case ends so.
 */
bool ends_in_function_word(std::u32string_view s);

/**
 * A title-case line that ends in a capitalised article, preposition or conjunction
 * ("U.S. Dairy Quota Program Cut Seen Likely In" / "1988"): a headline broken before its
 * last words, which no headline leaves out.
 */
bool ends_in_capitalised_function_word(std::u32string_view s);

/**
 * Every word of s that opens in lower case is an article, preposition or conjunction, as in
 * a title-case head ("Peru To Buy Wheat, Chicago Dealers Say", "U.S. and Japan Agree");
 * not a line of text naming names ("Ibarren met her Dutch counterpart Jan Vos,").
 */
bool lower_case_words_are_function_words(std::u32string_view s);

/**
 * A Latin line in sentence case that ends in a function word or opens with an article
 * ("For 2027, output is forecast to", "The department"): part of a sentence cut off
 * where a column ended. Headlines drop articles, and none in sentence case ends so. Nor
 * does a head report in the past tense: a line with "said" in lower case is text, whatever
 * its capitals ("The Kestrel Chemical Co said").
 */
bool sentence_fragment(std::u32string_view s);
/**
 * sentence_fragment(s), its words already counted (the roles stage counts them once a line),
 * and whether "said" is in it at all (false: a search of its bytes found none, so the
 * reported-speech test is not run on its characters).
 */
bool sentence_fragment(std::u32string_view s, const title_words& counted, bool holds_said = true);
/**
 * Whether s opens with an article or a pronoun and its space ("The ", "A ", "It "): a
 * sentence's opening, which headlines drop.
 */
bool opens_with_article_or_pronoun(std::u32string_view s);

}  // namespace galley::detail

#endif
