#include "roles.hpp"

#include <algorithm>
#include <array>
#include <limits>

#include "lexicon.hpp"
#include "role_weights.hpp"

namespace galley::detail {

std::string_view name_of(role r) {
  switch (r) {
    case role::blank: return "blank";
    case role::body: return "body";
    case role::headline: return "headline";
    case role::deck: return "deck";
    case role::heading: return "heading";
    case role::byline: return "byline";
    case role::dateline: return "dateline";
    case role::caption: return "caption";
    case role::credit: return "credit";
    case role::standfirst: return "standfirst";
    case role::furniture: return "furniture";
    case role::jump: return "jump";
  }
  return "body";
}

namespace {

namespace w = weights;

// Decoder states: a paragraph's first line, a continuation line, a display line, and a
// line the lexicons recognise (its role comes from the lexicon).
enum state : std::uint8_t { s_start, s_cont, s_head, s_lexicon, state_count };
constexpr std::array<const char*, state_count> state_names = {"body-start", "body-continue", "display", "lexicon"};
constexpr double impossible = -1e9;

bool ends_open(const line& l) {
  // A comma, an enumeration mark or a colon (a quote follows) keeps the sentence going.
  switch (l.last) {
    case U'，': case U'、': case U'；': case U'：': case U',': case U';': case U':': case U'-':
    case U'—': case U'“': case U'‘': case U'《': case U'（': case U'(': case 0x2010: case 0x2011: case U'¬':
      return true;
    default: return false;
  }
}

}  // namespace

namespace {

// The word is capitals each followed by a period: "U.S.", "U.K.", "E.F.".
bool initials(std::u32string_view word) {
  bool initials = word.size() >= 4 && word.size() % 2 == 0;  // "U.S.": letter, period, letter, period
  for (std::size_t j = 0; j < word.size() && initials; ++j)
    initials = j % 2 ? word[j] == U'.' : (word[j] >= U'A' && word[j] <= U'Z');
  return initials;
}

// The line's last word (after its last space).
std::u32string_view last_word(std::u32string_view s) {
  std::size_t k = s.size();
  while (k > 0 && s[k - 1] != U' ') --k;
  return s.substr(k);
}

// The line's last word is initials.
bool ends_in_initials(std::u32string_view s) { return initials(last_word(s)); }

}  // namespace

// "U.S.", "E.F.", "Inc.", "Mr.": a period that abbreviates says nothing about the sentence.
bool ends_in_abbreviation(std::u32string_view s) {
  if (s.empty() || s.back() != U'.') return false;
  const std::u32string_view word = last_word(s);  // (read back once for both tests)
  if (initials(word)) return true;
  // (Every abbreviation below is a capital, one to three letters and the period: a line's
  // last word is mostly turned away by its length or first letter.)
  if (word.size() < 3 || word.size() > 5 || word[0] < U'A' || word[0] > U'Z') return false;
  static constexpr std::u32string_view abbreviations[] = {U"Mr.", U"Mrs.", U"Ms.", U"Dr.", U"St.", U"Inc.",
      U"Corp.", U"Co.", U"Ltd.", U"Jr.", U"Sr.", U"No.", U"Gov.", U"Sen.", U"Rep.", U"Gen."};
  for (std::u32string_view a : abbreviations)
    if (word == a) return true;
  return false;
}

namespace {

bool ends_final(std::u32string_view s) {
  // "。", "。”", "”。", "！）" … : sentence-final punctuation, possibly inside closing quotes.
  std::size_t k = s.size();
  while (k > 0 && is_closing(s[k - 1])) --k;
  return k > 0 && is_sentence_final(s[k - 1]) && !ends_in_abbreviation(s.substr(0, k));
}

// a ends in a digit and '.', b opens with a digit.
bool decimal_cut(std::u32string_view a, std::u32string_view b) {
  const auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  return a.size() >= 2 && a.back() == U'.' && digit(a[a.size() - 2]) && !b.empty() && digit(b.front());
}

// Whether s ends in a column's rubric, as opinion pieces' heads print it: two to eight
// ideographs in full-width brackets ("…不该这么难（快评）"), after at least four characters
// that hold no sentence's end. (A credit, "（新华社发）", and a jump line, "（下转第3版）",
// are the lexicons'; text that glosses a name in brackets goes on in the next line.)
GALLEY_SMALL bool ends_in_rubric(std::u32string_view s) {
  if (s.size() < 8 || s.back() != U'）') return false;
  std::size_t k = s.size() - 1;
  while (k > 0 && is_cjk(s[k - 1])) --k;
  const std::size_t inside = s.size() - 1 - k;
  if (k < 5 || s[k - 1] != U'（' || inside < 2 || inside > 8) return false;
  for (std::size_t j = 0; j + 1 < k; ++j)
    if (is_sentence_final(s[j])) return false;
  return true;
}

bool ends_in_word(const line& l) {
  const auto c = l.last_class;
  return c == char_class::cjk || c == char_class::latin || c == char_class::digit;
}

// Cells of the first word of a line (up to its first space), from its code points as
// measure_lines() decoded them (they were decoded again from the bytes here).
int first_word_cells(std::u32string_view s) {
  int cells = 0;
  for (const char32_t c : s) {
    if (is_space(c)) break;
    cells += is_cjk(c) ? 2 : 1;
  }
  return cells;
}

role lexicon_role(std::u32string_view s, const line_marks& marks) {
  switch (match_trimmed_lexicons(s, marks)) {  // (a line's text has no space at either end)
    case lexicon_match::jump: return role::jump;
    case lexicon_match::notice: return role::furniture;
    case lexicon_match::byline: return role::byline;
    case lexicon_match::credit: return role::credit;
    case lexicon_match::caption: return role::caption;
    case lexicon_match::standfirst: return role::standfirst;
    case lexicon_match::furniture: return role::furniture;
    case lexicon_match::none: break;
  }
  return role::blank;
}

struct features {
  bool final = false;     // ends a sentence
  bool open = false;      // ends mid-sentence (comma, colon, opening bracket)
  bool full = false;      // fills its column
  bool short_line = false;   // stops short of the column for a reason other than its indent
  bool narrow = false;       // stops short of the column, whatever the reason
  bool half = false;         // at most half as wide as the column
  bool wide = false;
  bool too_wide = false;  // far wider than the column: no body line is
  bool indented_first = false;
  bool indented = false;   // leading space of a paragraph's indent (a few cells, not a centred line's)
  bool dash_led = false;   // led by a dash: a subtitle, when it is no line of text
  bool runs_on = false;    // no blank line over it, on a page that sets its heads apart with blank lines
  bool over_news_item = false;  // a blank line under it, then a news item's opening (a byline between or not)
  bool heads_news_item = false; // CJK, in a run of one to three short unpunctuated lines between finished text and a news item's opening
  bool over_byline = false;     // in a group of lines set apart right over a byline: a head, in whatever case
  bool apart_group = false;     // Latin, in a group of two or three lines set apart, none ending a sentence or clause
  bool apart_head = false;      // ... of one to three, after finished text, on a page that sets such groups in sentence case
  bool stacked_head = false;    // Latin, in a stack of two to eight short capitalised lines under finished text, over a sentence
  bool stack_goes_on = false;   // ... under the stack's first line
  bool comma = false;           // holds a comma ("，" or ",")
  bool first_width = false;  // as wide as a first line that lost its indent, whatever its ending
  bool word_end = false;  // ends in a letter, digit or ideograph
  bool abbreviation_end = false;  // ends in "Corp.", "U.S.": perhaps the end of a sentence, perhaps not
  bool initials_end = false;      // ... in capitals with periods: "U.S.", "U.K."
  bool left_open = false; // a quote or bracket opened and not closed: the line's unit goes on
  bool dateline = false;
  bool news_item = false;       // a dateline not of the paper's own ("本报记者…" may be a sentence's middle)
  bool headline_sized = false;  // short enough to be a headline
  bool lower_start = false;     // Latin, opened by a word in lower case: a sentence's middle
  bool closes_unopened = false; // CJK, closes a quote or bracket it did not open: a text's middle
  bool rubric_end = false;      // CJK, ends in a column's rubric in brackets: "…（快评）"
  bool sentence_case = false;   // Latin, five words or more, few of them capitalised: "Neither bid suited the…"
  bool among_title_heads = false; // ... on a page whose heads are set in title case (assign_roles)
  bool few_words = false;       // Latin, seven words or fewer: a piece of a column's line, or a head
  bool lower_start_among_heads = false;  // ... opened in lower case and set apart, on a page with title-case heads
  bool drop_cap = false;        // a single capital letter: the first letter of a paragraph set large
  bool title = false;           // Latin, most words capitalised ("Dutch Money Reserves Fall")
  bool title_tail = false;      // ... or a short tail of one ("3.10 Billion Francs")
  bool head_cut = false;        // ... ending in a capitalised function word ("…Seen Likely In"): the head goes on
  bool wrap_tail = false;       // ... at most half as wide as the title-case line over it: a wrapped head's last line
  bool title_comma = false;     // ... ending in a comma ("Malian Economy Faces Setbacks,"): a head's two clauses
  bool head_hyphen = false;     // ... ending in a compound's hyphen ("…Use Of T-"): unpunctuated, the head goes on
  bool title_clauses = false;   // ... with a comma, no word in lower case but a function word, none at its end ("…Cocoa, London Dealers Say")
  bool fragment = false;        // Latin, part of a sentence: "…is projected to", "The department"
  bool long_with_comma = false; // over 20 characters, a comma inside ("，" or ", ")
  bool inner_period = false;    // a "。" before the line's last character
  bool clause_cut = false;      // CJK, a clause of two characters at most before its first "，" or after its last, or two "，"
  bool figure_end = false;      // Latin, ends in the last period's figure: "… 4.27 pct (4.32)", "nil (nil)"
  bool deck = false;            // Latin, under a stacked head, stops unfinished short of the next word: its standfirst
  role lexicon = role::blank;
};

// Line i, l, whose text is s (from l.begin to l.end of the page's bytes), measured into f,
// which holds the features' defaults. (In place: returned, the features were copied into
// the page's vector, 18 instructions a line, a tenth of a line's measure on a page of short lines.)
void measure(features& f, std::u32string_view s, std::string_view page, const line& l, const line_chars& chars, std::size_t i,
             int column, const layout& lay) {
  // (The marks the tests below look for anywhere in the line, and a Latin line's words for
  // the title-case tests: found as measure_lines() decoded the line.)
  const line_marks marks = chars.marks(i);
  if (l.cjk * 2 < l.glyphs) {
    const title_words words = chars.words(i);
    f.title_tail = words.title_case(2);
    f.title = words.title_case();
    // (Whether it reports speech is asked of its characters only where its bytes hold "said":
    // a byte search is a tenth of a character loop, and few lines do.)
    f.fragment = sentence_fragment(s, words, holds_said(page.substr(l.begin, l.end - l.begin)));
    f.sentence_case = words.words >= 5 && words.capitalised * 10 < words.words * 4;
    f.head_cut = f.title_tail && ends_in_capitalised_function_word(s);
    // (Not a line of text naming names: "Ibarren met her Dutch counterpart Jan Vos,",
    // "Harlow Bros Inc, The Second Harbour Corp <SHC> and".)
    f.title_clauses = f.title && !ends_in_function_word(s) && marks.comma && lower_case_words_are_function_words(s);
    f.title_comma = f.title_clauses && !s.empty() && s.back() == U',';
    // (A title-case head broken at a compound's hyphen, "…Use Of T-" / "Bills", goes on as
    // one broken at its comma does.)
    f.head_hyphen = f.title && s.size() >= 2 && s.back() == U'-' && classify(s[s.size() - 2]) == char_class::latin;
    f.title_comma = f.title_comma || f.head_hyphen;
    f.few_words = words.words <= 7;
  }
  // A credit run into the last line ("…回应。 据新华社") closes the paragraph too. (Only after
  // a mark before the line's end: the line has no space at either end, and the credit's
  // tests are not called for the others, most lines.)
  f.final = ends_final(s) || (marks.end_mark_end != 0 && marks.end_mark_end < s.size() && trailing_credit_length(s, marks) > 0);
  f.abbreviation_end = !f.final && !s.empty() && s.back() == U'.';
  f.initials_end = f.abbreviation_end && ends_in_initials(s);
  // (A line that ends in a letter, digit or ideograph, most lines, ends in none of
  // ends_open()'s marks, all of them punctuation: its class turns it away before the
  // switch's compares, 12 instructions a CJK line.)
  f.open = !ends_in_word(l) && ends_open(l);
  f.left_open = marks.quote && leaves_quote_open(s, marks);  // (not called for a line with no quote)
  if (!lay.unwrapped && column > 0) {
    // (Ink a cell or two short is full; a ragged Latin line's by its tolerance. A justified
    // line's ink is what its text holds: "14 日 ， 一 架 美 军 MQ - 9 “ 死 神 ”", spread to a
    // first line's measure, shows its indent whatever its digits and letters.)
    const bool ink_full =
        l.ink >= column - 3 || (l.cjk * 2 < l.glyphs && !l.justified() && l.ink >= column - full_tolerance(l, column));
    f.full = l.ink >= column - full_tolerance(l, column);  // justified lines are never a paragraph's last
    f.short_line = l.ink * 10 < column * 8;
    f.narrow = f.short_line;
    f.half = l.ink * 2 <= column;
    f.wide = l.ink > column + std::max(4, column / 5);
    f.too_wide = l.ink * 10 > column * 14 && !l.justified();
    // A first line lost its two-character indent in extraction: about two ideographs short.
    const int two = lay.cjk ? 4 : 2;
    // A short line that ends a sentence is a last line, whatever its width.
    // (A justified first line is spread to its indented measure: its ink still shows the indent.)
    f.first_width = !ink_full && l.ink >= column - 2 * two - 1 && l.ink <= column - two + 1;
    f.indented_first = l.indent > 0 || (f.first_width && !f.final);
    // A first line is short because of its indent, not because its text ended.
    if (f.indented_first) f.short_line = false;
  }
  f.lexicon = lexicon_role(s, marks);
  // The page's masthead, or a part of it: a date with its weekday or the page's number, in
  // a line with digits or signs enough for them (a date's are six at least: "2026年3月1日",
  // "March 1, 2026"), or one opened by "第" or 'P' ("第4版 要闻", "Page A9 World").
  if (f.lexicon == role::blank && (l.first == U'第' || l.first == U'P' || l.glyphs - l.cjk - l.latin >= 6) &&
      looks_like_masthead(s, marks, l.cjk > 0))
    f.lexicon = role::furniture;
  f.indented = l.indent > 0 && l.indent <= w::head_indent_cells;
  f.dash_led = dash_led(s);
  f.word_end = ends_in_word(l);
  // A line opened by an ideograph is a dateline by an outlet's "消息" after its name, or by
  // the agencies' and the paper's openings ("本报讯", "新华社北京…电"): without '消' (noted by
  // measure_lines) and without those first characters it is none, and its first ten
  // characters are not read for "消息" (most Chinese lines). Nor is a line opened by a small
  // letter one (a Latin paragraph's lines after its first, most of them), nor one opened by
  // a capital and a small letter (a wire's dateline opens with its city in capitals).
  // (s's first character, not l.first: on a page in traditional characters s is read in
  // simplified ones.)
  const char32_t first = s.front();
  const bool may_be_dateline =
      l.first_class == char_class::cjk ? chars.holds_xiao(i) || first == U'本' || first == U'新' || first == U'中' || first == U'央'
                                       : first - U'a' >= 26 && !(first - U'A' < 26 && s.size() > 1 && s[1] - U'a' < 26);
  f.dateline = may_be_dateline && looks_like_trimmed_dateline(s);
  // A justified line is spread with spaces between its characters ("央 视 网 消 息 （ 新 闻
  // 联 播 ） ："): its opening is read without them.
  if (!f.dateline && may_be_dateline && l.justified() && is_cjk(l.first) && s.size() > 1 && s[1] == U' ') {
    std::array<char32_t, 32> opening{};
    std::size_t n = 0;
    for (std::size_t k = 0; k < s.size() && n < opening.size(); ++k)
      if (s[k] != U' ') opening[n++] = s[k];
    f.dateline = looks_like_trimmed_dateline(std::u32string_view(opening.data(), n));
  }
  f.news_item = f.dateline && s.front() != U'本';
  f.drop_cap = l.glyphs == 1 && l.first >= U'A' && l.first <= U'Z';
  f.lower_start = l.cjk * 2 < l.glyphs && opens_lower_case_word(s);
  f.headline_sized = l.glyphs <= (l.cjk * 2 >= l.glyphs ? w::head_max_chars : w::head_max_chars_latin);
  f.comma = marks.wide_comma || marks.comma;
  // (", " looked for in the line's bytes: ASCII bytes in UTF-8 are those characters and
  // nothing else, and a byte search runs by memchr where a character search ran a loop.)
  f.long_with_comma = l.glyphs > 20 && (marks.wide_comma || (marks.comma && page.substr(l.begin, l.end - l.begin).find(", ") != std::string_view::npos));
  f.inner_period = marks.inner_full_stop;
  // A paragraph's line cut out of its sentence ("往，交流建设经验，为两地务实合作提", "今年以来，全"):
  // a head joins two phrases of a few words with a comma, once. (OCR sets such lines apart as
  // blocks of their own, and a column measured too wide makes them short: read as heads.)
  if (marks.wide_comma && lay.cjk) {
    const std::size_t a = s.find(U'，'), z = s.rfind(U'，');
    f.clause_cut = a <= 2 || (z + 1 < s.size() && s.size() - z <= 3) || a != z;
  }
  f.rubric_end = l.last == U'）' && l.cjk * 2 >= l.glyphs && ends_in_rubric(s);
  f.figure_end = l.last == U')' && l.cjk == 0 && ends_in_figure(s);
}

[[gnu::always_inline]] inline double emission(const line& l, const features& f, const layout& lay, bool gap_before, bool gap_after, bool page_top,
                state s) {
  if (l.markdown_heading) return s == s_head ? w::head_markdown : (s == s_lexicon && f.lexicon != role::blank ? w::lexicon_match : impossible);
  switch (s) {
    case s_lexicon:
      if (f.lexicon == role::blank) return impossible;
      // A credit's words at the start of a full line that runs on into the next, with no
      // mark at its end, open a sentence ("据美国媒体报" / "道，截至当地…"): text, unless the
      // rest of the page says otherwise.
      if (f.lexicon == role::credit && f.full && !gap_after && f.word_end) return w::lexicon_match + w::lexicon_runs_on;
      return w::lexicon_match;
    case s_start:
      return (f.indented_first ? w::start_indented : 0.0) + (f.dateline ? w::start_dateline : 0.0) +
             (lay.cjk && f.full && !f.indented_first ? w::start_not_indented : 0.0) +
             (f.too_wide ? w::body_too_wide : 0.0);
    case s_cont:
      return f.too_wide ? w::body_too_wide : 0.0;
    case s_head: {
      double score = w::head_base;
      if (lay.markdown && !l.markdown_bold) score += w::head_unmarked_in_markdown;
      if (f.dateline) score -= w::start_dateline;
      if (f.lexicon != role::blank) score += w::head_lexicon;
      if (f.indented) score += w::head_indented;
      if (l.markdown_bold) score += w::head_bold_line;
      // (A title-case Latin line that stops at initials, "…Apparel Exports To U.S.", is as
      // unpunctuated as one ending in a word: the period is the abbreviation's, and headlines
      // end on a country's initials as on any other word. Not "Co.", "Inc.": a sentence of
      // text ends on a company's name in title case, "NOTE: Full name … Telephone Co.")
      const bool unpunctuated = ends_in_word(l) || ((is_closing(l.last) || l.last == U'>') && !f.final && !f.figure_end) ||
                                (f.initials_end && (f.title || f.apart_head)) || f.head_hyphen;
      if (unpunctuated) score += w::head_no_end_punct;
      // (A title-case head joins its two clauses with a comma, "Malian Economy Faces Setbacks,"
      // / "President Says", "Honduras To Sell Cocoa, London Dealers Say": text is set in sentence case.)
      if (f.open && !f.title_comma) score += w::head_end_comma;
      if (f.final) score += w::head_end_final;
      // A comma inside a long line: a sentence going on, rarely a headline.
      if (f.long_with_comma && !f.title_clauses) score += w::head_long_with_comma;
      if (f.rubric_end && f.lexicon == role::blank) score += w::head_rubric;
      // (A "。" inside outweighs a short line set apart: OCR sets a paragraph's line apart as a
      // block of its own, "开放。馆方为周边学校的师生设立专门借阅窗口，每周二下午", and a column measured
      // across a wider box makes it short. A head holds no sentence's end.)
      score += f.inner_period ? w::head_inner_period : f.clause_cut ? w::head_clause_cut : 0.0;
      const bool latin_line = l.cjk * 2 < l.glyphs;
      const int max_chars = latin_line ? w::head_max_chars_latin : w::head_max_chars;
      if (l.glyphs > max_chars) score += w::head_too_long * (l.glyphs - max_chars);
      if (latin_line && f.title) score += w::head_title_case;  // (measure() read the same line)
      if (f.fragment && !f.deck) score += w::head_sentence_fragment;
      if (f.deck) score += w::head_deck;
      if (f.lower_start_among_heads) score += w::head_lower_case_among_title_heads;
      // (Set apart: right under a head line it is that head's second line, "国”国际会议…".)
      if (f.closes_unopened && gap_before) score += w::head_closes_unopened;
      if (l.glyphs <= 1) score += w::head_tiny;
      if (lay.unwrapped) {
        if (l.ink < 120) score += w::head_unwrapped_short;
      } else {
        if (f.narrow) score += w::head_short_line;
        if (f.wide) score += w::head_wide_line;
        // (A body line may begin with a dash where the wrap fell; it is never wider than its column.)
        if (f.wide && f.dash_led) score += w::head_wide_subtitle;
        // (Not a Latin line in title case: a head as wide as a narrow column, or the column
        // measured too wide beside a head that spans it; text is set in sentence case.)
        if (f.full && !f.wide && !(latin_line && (f.title || f.stacked_head))) score += w::head_full_line;
      }
      if (gap_before && gap_after && unpunctuated) score += w::head_isolated;
      if (f.over_byline) score += w::head_over_byline;
      if (f.heads_news_item) score += w::head_over_news_item;
      if (f.apart_group) score += w::head_apart_group;
      if (f.apart_head) score += w::head_apart_sentence_case;
      if (f.stacked_head) score += w::head_stacked;
      if (page_top && unpunctuated) score += w::head_page_top;
      return score;
    }
    default: return impossible;
  }
}

// The 16 transitions into a line, [from][to], from the previous non-blank line to this one.
// (Worked out together: the terms they share are asked once a line, not once a transition.
// Every weight is a multiple of a quarter, so that the sums are exact in any order: the
// scores are those of adding each transition's terms up one by one.)
using transition_table = std::array<std::array<double, state_count>, state_count>;

// (Inlined into its one caller, a line's loop: as a call it cost 1.7 M instructions more on
// an English 1 MB document, once the twenty-first session's head rules made it too large for
// g++ to inline by itself.)
[[gnu::always_inline]] inline transition_table transitions(const features& prev, const features& cur, bool gap, const layout& lay) {
  transition_table t;
  // Into a continuation line: only from body text.
  {
    double join = gap ? w::join_across_gap : 0.0;
    if (prev.open) join += w::join_after_open;
    if (prev.word_end && !prev.final) join += w::join_after_word;
    if (prev.word_end && !prev.final && prev.short_line && !prev.full) join += w::join_after_short_word;
    if (prev.too_wide) join += w::join_after_too_wide;
    if (prev.drop_cap) join += w::join_after_drop_cap;
    if (cur.indented_first) join += w::join_indented;
    if (prev.deck) join += w::join_after_deck;
    // A news item's opening ("央视网消息（新闻联播）：", "新华社北京4月12日电") opens a paragraph:
    // no paragraph goes on into it (but from an opened bracket: a closing credit wrapped).
    // (Not the paper's own: "…在接受" / "本报记者采访时…" goes on.)
    if (cur.news_item && !prev.open) join -= w::start_dateline;
    if (prev.title && cur.title_tail && !prev.final) join += w::join_title_case;
    // A Latin line opened by a word in lower case goes on with an unfinished sentence across
    // a blank line: OCR sets one before a paragraph's last line, or between any of its lines
    // it read as blocks of their own ("…cash flow should" / "" / "be adequate to…"). (Under
    // a line of text, no help: a sentence-case head's second line opens so too.)
    if (cur.lower_start && gap && !prev.final) join += w::join_lower_case;
    const double ending = prev.final ? (prev.full ? w::join_after_full_final : w::join_after_short_final)
                                     : (prev.full ? w::join_after_full : 0.0);
    // A paragraph's first line can end its first sentence exactly where the indent cut it short.
    t[s_start][s_cont] = join + (prev.final && prev.first_width ? w::join_after_first_width_final : ending);
    t[s_cont][s_cont] = join + ending;
    t[s_head][s_cont] = t[s_lexicon][s_cont] = impossible;
  }
  // Any unit may begin here: a paragraph, a display line, a lexicon line. The evidence that
  // the previous unit ended speaks for all of them alike.
  const double any = gap ? w::start_after_gap : 0.0;
  t[s_head][s_start] = t[s_head][s_head] = t[s_head][s_lexicon] = any;
  t[s_lexicon][s_start] = t[s_lexicon][s_head] = t[s_lexicon][s_lexicon] = any;
  t[s_head][s_head] += prev.final || (prev.open && !prev.title_comma) ? w::head_run_after_punct : w::head_follows_head;
  if (prev.left_open && !prev.final) t[s_head][s_head] += w::head_left_open;
  // A head line that stops at a capitalised "In", "Of", "To" was broken before its last
  // words: the next line is the same head's, whatever its width ("…Cut Seen Likely In" / "1988").
  // A head wraps where its line is full: a line half as wide as the head line over it is
  // the head's last ("Kowalczewski Unwilling To Back Tax" / "Hike" / "House Tax and Budget
  // Committee…"), and the title-case line under it opens the text.
  if (prev.wrap_tail) t[s_head][s_head] += w::head_after_wrap_tail;
  if (prev.stacked_head && !cur.deck) t[s_head][s_head] += cur.stack_goes_on ? w::head_stacked_goes_on : w::head_after_stack;
  if (prev.head_cut) {
    t[s_head][s_head] += w::head_cut_goes_on;
    t[s_head][s_start] -= w::head_cut_goes_on;
    // (A year or a page's number there, "1988", is the head's last word, not the page's furniture.)
    t[s_head][s_lexicon] -= 2 * w::head_cut_goes_on;
  }
  // A byline stands under its headline, over the text ("By Peter Hale" / "Lakeland
  // Petroleum Co said it"): what follows it is rarely a display line.
  if (prev.lexicon == role::byline) t[s_lexicon][s_head] += w::head_after_byline;
  // Text starts under a head after a blank line, on a page that sets its heads apart with
  // them: a line right under a head goes on with it ("有感于志愿者们的三" / "句话（市场漫步）").
  if (cur.runs_on) t[s_head][s_start] += w::start_under_head;
  // A line in sentence case, ending in a word, that the line under it goes on from in lower
  // case, is a paragraph's first line, not a head over text ("KTB chairman Anja Roos told
  // a press" / "briefing that the sale…"): a head that goes on so goes on in its own line.
  if (!gap && cur.lower_start && prev.word_end && !prev.title_tail && !prev.stacked_head) t[s_head][s_start] += w::start_lower_under_head;
  // A lexicon line that a full, unindented line goes on from was a paragraph's first line
  // ("　　据伊朗国家电" / "视台报道，…"), not a credit.
  if (!gap && prev.word_end && !prev.final && cur.full && !cur.indented_first) t[s_lexicon][s_start] += w::start_after_unfinished;
  // After body text:
  double into_start = any, into_head = any, into_lexicon = any;
  const auto into_any = [&](double weight) {
    into_start += weight;
    into_head += weight;
    into_lexicon += weight;
  };
  // On a page that sets its heads apart with blank lines, text runs on into a line with none
  // (a subtitle excepted: it stands right under its head, which may have been read as text).
  // (Nor a line that ends in a word over a news item's opening, under a finished sentence,
  // with no comma (no clause of a sentence going on): the head of the story the news item
  // opens, where OCR left out the blank line over it.)
  if (cur.runs_on && !cur.dash_led && !(cur.over_news_item && cur.word_end && !cur.comma && prev.final))
    into_head += w::head_runs_on;
  // A Latin line opened by a word in lower case, under text that stopped mid-sentence, goes
  // on with it ("Ecuador would not have stopped" / "payments on loans from overseas"):
  // no head opens there. (Under a head it may be the head's second line; under a finished
  // sentence, a head in lower case.)
  if (cur.lower_start && !prev.final) into_head += w::head_lower_case_under_text;
  if (cur.among_title_heads) into_head += w::head_sentence_case_among_title_heads;
  if (prev.final) into_any(w::start_after_final);
  // (After an abbreviation the next line's indent decides: "…of Celanese Corp." / "    Hoechst…".)
  if (!gap && (prev.open || (!prev.final && !prev.abbreviation_end && prev.full))) {
    into_start += w::start_after_open;
    into_head += w::break_after_open;
    into_lexicon += w::break_after_open;
  } else if (!gap && prev.word_end && !prev.final) {
    into_any(w::start_after_unfinished);
  } else if (gap && prev.word_end && !prev.final && prev.headline_sized && !lay.unwrapped && !prev.indented) {
    // (Unwrapped text breaks sentences across lines freely; stitching rejoins them.)
    // (Not after an indented line: a paragraph cut off, whose sentence goes on elsewhere.)
    into_any(w::start_after_unfinished_gap);
  }
  if (!gap && lay.gap_paragraphs) into_start += w::start_without_gap;
  // Likewise on a page that opens its paragraphs with an indent: a line without one, right
  // under text, goes on with the paragraph, even after a finished sentence.
  if (!gap && lay.indented_paragraphs && !cur.indented) into_start += w::start_without_indent;
  if (!gap && prev.full && !prev.short_line && cur.final && cur.half && !cur.indented_first && !cur.dateline)
    into_start += w::start_one_liner;
  t[s_start][s_start] = t[s_cont][s_start] = into_start;
  t[s_start][s_head] = t[s_cont][s_head] = into_head;
  t[s_start][s_lexicon] = t[s_cont][s_lexicon] = into_lexicon;
  // A short line that ends a sentence ends its paragraph (not a first line cut short by its indent).
  if (prev.final && prev.short_line) {
    for (const state to : {s_start, s_head, s_lexicon}) {
      t[s_cont][to] += w::start_after_short;
      if (!prev.first_width) t[s_start][to] += w::start_after_short;
    }
  }
  return t;
}

// The page's masthead and staff line, told by their dates, folios and roles, take the
// lines beside them that tell nothing on their own: the paper's name over the masthead's
// date and folio ("江城日报" / "2026年3月1日 星期五" / "第12版 要闻"), read as a head, and the
// page's editor beside the designer ("责任编辑：王明" / "版式设计：刘晨光"), read as a credit,
// and the page's number under the staff line.
// (The page's first and last few lines only. Not inlined: assign_roles() stays as the
// compiler laid it out, its transitions inlined.)
[[gnu::noinline]] GALLEY_SMALL void furniture_beside_masthead(const std::vector<line>&, const line_chars& chars,
                                                 const std::vector<std::uint32_t>& idx, const std::vector<features>& f,
                                                 line_roles& out, std::vector<line_explanation>* explanation) {
  const std::size_t n = idx.size();
  const auto page_furniture = [&](std::size_t k) {
    return out.of[idx[k]] == role::furniture && looks_like_page_furniture(chars[idx[k]]);
  };
  const auto to_furniture = [&](std::size_t k) {
    out.of[idx[k]] = role::furniture;
    out.start[idx[k]] = line_start::none;
    if (explanation) (*explanation)[explanation->size() - n + k].role = name_of(role::furniture);
  };
  constexpr std::size_t edge = 4;
  // (Over the last of them: OCR may print the date over the paper's name, "2026年3月1日 星期五" /
  // "江城日报" / "第12版 要闻".)
  for (std::size_t k = 0; k < std::min(n, edge); ++k) {
    if (!page_furniture(k)) continue;
    for (std::size_t j = 0; j < k; ++j)
      if (out.of[idx[j]] == role::headline && f[j].headline_sized) to_furniture(j);
  }
  for (std::size_t k = n > edge ? n - edge : 0; k < n; ++k) {
    if (out.of[idx[k]] != role::credit || !names_an_editor(chars[idx[k]])) continue;
    if ((k > 0 && page_furniture(k - 1)) || (k + 1 < n && page_furniture(k + 1))) to_furniture(k);
  }
  // The page's number on the last line, under its staff line ("Editor: Tom Becker" / "A16"),
  // read by OCR with letters for its digits ("Al6", "AQ"), is the page's too.
  if (n >= 2 && page_furniture(n - 2) && out.of[idx[n - 1]] != role::furniture && looks_like_ocr_folio(chars[idx[n - 1]]))
    to_furniture(n - 1);
}

// A Latin paragraph opens on a capital, a figure, a quote or a company's ticker ("<CCL
// Industries Inc>'s…"): not on a bracket ("(4.32)", a figure's tail) nor in lower case.
bool opens_as_paragraph(char32_t c) {
  return (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') || c == U'"' || c == U'“' || c == U'<';
}

// A head stands where a story ended: one to three short lines set apart by blank lines,
// under finished text (a sentence's end, a credit, a caption), the page's top or another
// such head (a story's whose text is elsewhere), none of them ending a sentence, over a line
// that opens as a paragraph does. On a page where most such groups are not in title case,
// the paper sets its heads in sentence case, and they read as heads whatever their case and
// width ("Norland <Nrl> wins suit against Castell <C>", "Veloria calls for better trade deal
// with U.S."): a paragraph's lines set apart so are rare, as a column seldom breaks right
// after a finished sentence. (Two such groups at least.)
[[gnu::noinline]] GALLEY_SMALL void mark_sentence_case_heads(const std::vector<line>& lines, const line_chars& chars,
                                                           const std::vector<std::uint32_t>& idx, const layout& lay,
                                                           std::vector<features>& f) {
  const std::size_t n = idx.size();
  const auto group_end = [&](std::size_t k) {
    std::size_t end = k + 1;
    while (end < n && !lay.gap_before[idx[end]]) ++end;
    return end;
  };
  const auto head_like = [&](std::size_t k, std::size_t end) {
    if (end - k > 3 || f[k].lower_start || (end < n && !opens_as_paragraph(lines[idx[end]].first))) return false;
    for (std::size_t j = k; j < end; ++j)
      if (f[j].final || (f[j].open && !(j + 1 < end && chars[idx[j]].back() == U',')) || f[j].figure_end ||
          !f[j].headline_sized || f[j].lexicon != role::blank || lines[idx[j]].indent > 0)
        return false;
    return true;
  };
  int title_groups = 0, sentence_groups = 0;
  // (A story's head with no text under it: the next head follows it. Not a line cut off
  // mid-sentence, "The note is underwritten by Banca", a paragraph's piece OCR set
  // apart: the lines under it go on with it.)
  bool head_above = false;
  for (std::size_t k = 0, end = 0; k < n; k = end) {
    end = group_end(k);
    const bool finished_above = k == 0 || (head_above && !f[k - 1].fragment) || f[k - 1].final ||
                                f[k - 1].abbreviation_end || f[k - 1].lexicon != role::blank;
    head_above = finished_above && head_like(k, end);
    if (!head_above) continue;
    ++(f[k].title ? title_groups : sentence_groups);
    for (std::size_t j = k; j < end; ++j) f[j].apart_head = true;
  }
  if (sentence_groups < 2 || sentence_groups <= title_groups) {
    for (features& x : f) x.apart_head = false;
    return;
  }
  // A head wraps where it will: a line over the head's last may stop on a comma, which
  // goes on with no sentence, or on "of", "to", which make no sentence's fragment of it.
  for (std::size_t j = 0; j + 1 < n; ++j) {
    if (!f[j].apart_head || lay.gap_before[idx[j + 1]]) continue;
    const std::u32string_view t = chars[idx[j]];
    f[j].open = false;
    if (f[j].fragment && ends_in_function_word(t)) f[j].fragment = sentence_fragment(t.substr(0, t.rfind(U' ')));
  }
}

// A line broken at a hyphen or a dash: the word or the clause goes on under it.
bool ends_in_hyphen(std::u32string_view s) { return !s.empty() && (s.back() == U'-' || s.back() == 0x2010); }

// A line every word of which opens in a capital, short of a sentence: a piece of a head set
// in title case, or a line of names. (Not "Bank of Leith NT and SA's <BLT": a head that
// sets its small words in lower case is not told from a lead that names a bank.)
// (A comma at most: "Norway, Chile, Kenya, New Zealand, Peru," lists names.)
// A title-case head may end in a period too ("Harbour Trust Prices Yen Bond Issue."): a line of
// four words or more, each capitalised (a sentence of text names its verb in lower case), on
// a word (not an initial: "Harbour Bank Says S." / "American Debtors…" goes on).
GALLEY_SMALL bool capitalised_line(const line& l, const features& f, const line_chars& chars, std::uint32_t i) {
  const std::u32string_view s = chars[i];
  const title_words words = chars.words(i);
  const bool period_head = words.words >= 4 && s.size() > 2 && s.back() == U'.' && s[s.size() - 2] >= U'a' && s[s.size() - 2] <= U'z';
  return l.cjk == 0 && words.capitalised > 0 && words.capitalised == words.words && (!f.final || period_head) && f.headline_sized &&
         f.lexicon == role::blank && l.indent == 0 &&
         (!f.open || s.back() == U',' || ends_in_hyphen(s)) && s.find(U',') == s.rfind(U',');
}

// The line's first word, without an opening bracket or quote ("<Carlton" as "Carlton").
GALLEY_SMALL std::u32string_view first_word(std::u32string_view s) {
  std::size_t b = 0;
  while (b < s.size() && (s[b] == U'<' || s[b] == U'(' || s[b] == U'"')) ++b;
  std::size_t e = b;
  while (e < s.size() && s[e] != U' ' && s[e] != U'>') ++e;
  return s.substr(b, e - b);
}

// A word without the brackets, quotes, marks or possessive about it ("<Mob>" as "Mob",
// "Treasury'S" as "Treasury").
GALLEY_SMALL std::u32string_view bare_word(std::u32string_view w) {
  while (!w.empty() && (w.front() == U'<' || w.front() == U'(' || w.front() == U'"')) w.remove_prefix(1);
  while (!w.empty() && (w.back() == U'>' || w.back() == U')' || w.back() == U'"' || w.back() == U',' || w.back() == U'.'))
    w.remove_suffix(1);
  if (w.size() > 2 && w[w.size() - 2] == U'\'' && (w.back() == U'S' || w.back() == U's')) w.remove_suffix(2);
  return w;
}

// Calls f with each bare word of s, until f says stop.
template <class F>
GALLEY_SMALL bool any_bare_word(std::u32string_view s, F f) {
  for (std::size_t b = 0; b < s.size();) {
    std::size_t e = s.find(U' ', b);
    if (e == std::u32string_view::npos) e = s.size();
    if (f(bare_word(s.substr(b, e - b)))) return true;
    b = e + 1;
  }
  return false;
}

// One word, or the other with an ending of three letters at most ("Japan",
// "Japanese"; "Iran", "Iranian"): the lead names the head's subject in another form.
GALLEY_SMALL bool same_stem(std::u32string_view a, std::u32string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  return a.size() >= 4 && b.size() - a.size() <= 3 && b.starts_with(a);
}

// Line s names again, in a capitalised word of four letters or more, a word of the lines
// [k, end) ("Treasury'S Mulford" / "Backs Debt" / "Conversions" / "Assistant Treasury").
GALLEY_SMALL bool names_again(std::u32string_view s, const line_chars& chars, const std::vector<std::uint32_t>& idx, std::size_t k,
                              std::size_t end) {
  return any_bare_word(s, [&](std::u32string_view w) {
    if (w.size() < 4 || w[0] < U'A' || w[0] > U'Z') return false;
    for (std::size_t j = k; j < end; ++j)
      if (any_bare_word(chars[idx[j]], [&](std::u32string_view v) { return same_stem(v, w); })) return true;
    return false;
  });
}

// A line of one word, capitalised ("Jamaica"): a head's last, wrapped.
GALLEY_SMALL bool one_capitalised_word(title_words w) { return w.words == 1 && w.capitalised == 1; }

// A Latin line of figures, no word ("31,361"): a wire head's tail wrapped, under its words.
GALLEY_SMALL bool figures_only(const line& l, title_words w) { return w.words == 0 && l.cjk == 0 && l.first >= U'0' && l.first <= U'9'; }

// Line k stands under finished text: a sentence's end, a lexicon line (a credit, a
// caption), a blank line or the page's top. (A period that abbreviates ends a sentence too,
// where a stack of capitals follows it: "…is Harlow" / "Kestrel Brothers Inc." / "Supplies
// Of U.K." / "Index-Linked Bond".)
GALLEY_SMALL bool finished_over(std::size_t k, const std::vector<std::uint32_t>& idx, const layout& lay,
                                const std::vector<features>& f) {
  return k == 0 || lay.gap_before[idx[k]] || f[k - 1].final || f[k - 1].abbreviation_end || f[k - 1].lexicon != role::blank;
}


// A title-case head wrapped in a narrow column, with no blank line about it, stacks its
// short lines, each word capitalised, none ending a sentence, between finished text (a
// sentence's end, a credit, the page's top) and the lead, a line opened as a paragraph is
// and in sentence case ("Malian Economy" / "Faces Setbacks," / "President Says" / "The
// Malian economy is…"): a paragraph's lines run so rarely, two capitalised lines and more
// after a finished sentence and over a capital. The lead names the head's subject again
// and may open in names ("Velden Office <Vof> Unit" / "Buys Marsk Unit" / "Velden
// Office Systems" / "Inc's Velden Label division"): a line opened by the head's first
// word opens the lead. (Two to eight lines: a long wire head wraps to seven in a column of
// a dozen letters, "General Motors" / "Canada" / "February Car" / "Sales Fall To" / "25,779
// Units" / "From Year-Ago" / "31,361"; a longer stack is not told from the lead. One
// line of five words or more too, "Zaire Accepts Tin Export Quota, Atpc Says" / "Zaire
// agreed to…": a paragraph's line opening in names runs into words in lower case sooner.)
[[gnu::noinline]] GALLEY_SMALL void mark_stacked_heads(const std::vector<line>& lines, const line_chars& chars,
                                                     const std::vector<std::uint32_t>& idx, const layout& lay,
                                                     std::vector<features>& f) {
  const std::size_t n = idx.size();
  // Headlines drop articles and pronouns: a title-case line opened by one, right under a
  // head line that leaves nothing open ("Ministry Said Unlikely To Widen Rice Support Plan" /
  // "The Valdorian Farm" / "Ministry probably…", "Board Names New" / "Export Chief" /
  // "The Northern" / "Trade Council…"), opens the lead, whose words name names in
  // capitals. (Not under "…Of", "…In": "Fruit Of" / "The Loom". Nor over a blank line: a
  // lead runs on, and a head's last line may open so, "…Service Across" / "The Bay".)
  for (std::size_t k = 1; k + 1 < n; ++k)
    if (!lay.gap_before[idx[k]] && !lay.gap_before[idx[k + 1]] && f[k].title_tail && (f[k - 1].title_tail || one_capitalised_word(chars.words(idx[k - 1]))) &&
        !f[k - 1].final && !f[k - 1].head_cut &&
        opens_with_article_or_pronoun(chars[idx[k]]))
      f[k].fragment = true;
  const auto finished_above = [&](std::size_t k) { return finished_over(k, idx, lay, f); };
  for (std::size_t k = 0; k < n; ++k) {
    if (!finished_above(k) || !capitalised_line(lines[idx[k]], f[k], chars, idx[k])) continue;
    const std::u32string_view opening = first_word(chars[idx[k]]);
    std::size_t end = k + 1;
    // (A head line may stop at a hyphen or dash, "Issues Mortgage-" / "Backed Securities",
    // "Splits Stock 2-For-" / "1", "Wheat Market -" / "Usda": the line under it is the
    // head's, whatever its case, a figure too ("1" is no folio there); no lead's line is
    // broken so in a head's stack. Under a dash, the source a wire head ends on: the head's last.)
    const auto after_hyphen = [&](std::size_t j) { return j > k && ends_in_hyphen(chars[idx[j - 1]]); };
    // The lead names the head's subject again, in its first word or, under a head of two
    // lines or more, another, in names that run on into its sentence in lower case a line or
    // two down (a head's second line may repeat a word of its first: "Exchange Bank" /
    // "<Excg> Sees Bank"; and a head's words may come again in its own lines).
    const auto runs_into_lower_case = [&](std::size_t j) {
      for (std::size_t d = j + 1; d < n && d <= j + 2 && !lay.gap_before[idx[d]]; ++d)
        if (f[d].lower_start) return true;
      return false;
    };
    const auto opens_lead = [&](std::size_t j) {
      const std::u32string_view w = first_word(chars[idx[j]]);
      return (opening.size() >= 3 && (w == opening || same_stem(w, opening))) ||
             (j >= k + 2 && runs_into_lower_case(j) && names_again(chars[idx[j]], chars, idx, k, j));
    };
    constexpr std::size_t max_stack = 8;
    while (end < n && end - k <= max_stack && !lay.gap_before[idx[end]] && !f[end - 1].final &&
           (capitalised_line(lines[idx[end]], f[end], chars, idx[end]) ||
            ((after_hyphen(end) || figures_only(lines[idx[end]], chars.words(idx[end]))) && !f[end].final && f[end].headline_sized)) &&
           !f[end].fragment && !(opens_lead(end) && !f[end - 1].head_cut) &&
           !(after_hyphen(end - 1) && chars[idx[end - 2]].ends_with(U" -")))
      ++end;
    if (end - k > max_stack) continue;
    // The lead may open in names too ("Valdorian Trade Minister Ilse" / "Varga said…"),
    // which run to the column's measure: the head's lines, set larger, hold fewer letters.
    // (By its ink: a ragged line the next word would not have fitted into says nothing here.)
    for (; end - k > 2; --end) {
      const int ink = lines[idx[end - 1]].ink;
      bool widest = ink + 3 >= lay.column[idx[end - 1]];
      for (std::size_t j = k; j + 1 < end; ++j) widest = widest && ink > lines[idx[j]].ink;
      if (!widest) break;
    }
    // So is a stack's last line that the line under it goes on from, in lower case or after a
    // bracket ("Reform Bill" / "Sens. Alan Cranston" / "(D-Cal.) and Daniel…").
    if (end - k > 2 && end < n && !lay.gap_before[idx[end]] && (f[end].lower_start || !opens_as_paragraph(lines[idx[end]].first)))
      --end;
    // (The stack's last line ends no clause: a comma there runs on into the line under it.)
    if (end == k || end == n || f[end - 1].open || lay.gap_before[idx[end]] || f[end].lower_start ||
        !opens_as_paragraph(lines[idx[end]].first))
      continue;
    int words = 0;
    for (std::size_t j = k; j < end; ++j) words += chars.words(idx[j]).words;
    // (One line of three or four words: where it holds two thirds of the lead's first line's
    // ink at most, "Harbour <Hbr> Director Quits" / "SeaCon Corp, a subsidiary of…": a
    // paragraph's line stops short only at its paragraph's end, which ends a sentence.)
    const bool short_one = end - k == 1 && lines[idx[k]].ink * 3 <= lines[idx[end]].ink * 2;
    if (words < (end - k < 2 && !short_one ? 5 : 3)) continue;
    // The lead's first line under the stack may open in names too, in capitals, which read as
    // the head going on: the line under it going on in lower case, or its opening on the
    // head's first word, says it opens the lead ("Kestrel <Kes> Unit To Make Food Packaging"
    // / "Kestrel Corp's Kestrel Plastics Co's" / "subsidiary, the region's…").
    // (Only where the lead's sentence runs on in lower case under it: else the line may be the
    // head's last, "Record Ferry Bay" / "Takes Ferry" / "Record", over a blank line or the lead.
    // Nor under a head line cut at "To", "Of", which goes on in it: "Limps To" / "Anniversary".)
    // (Nor under a period head, which goes on in no line: the line under it may be its deck.)
    if (!f[end - 1].head_cut && !f[end - 1].final && runs_into_lower_case(end) && (opens_lead(end) || f[end + 1].lower_start)) f[end].fragment = true;
    for (std::size_t j = k; j < end; ++j) {
      f[j].stacked_head = true;
      f[j].stack_goes_on = j > k;
      // (A comma there joins the head's two clauses: "Faces Problems," / "President Says".)
      if (f[j].open) f[j].title_comma = true;
      if (after_hyphen(j)) f[j].lexicon = role::blank;
      f[j].final = false;  // (a period head's: no sentence ends there)
    }
    k = end - 1;
  }
}

// A deck (standfirst) under a title-case head: one to three lines in sentence case, set
// larger than the text, over the lead ("Harbour Trust Sells Ferry Unit" / "The sale leaves
// the trust with two routes" / "Harbour Trust said…"). A paragraph's line stops short of the
// measure only at its paragraph's end, which ends a sentence, or where the next word would
// not have fitted (ragged right): a line under a stack that stops unfinished with room for
// the next line's first word, over a line that opens as a paragraph does, ends no
// paragraph's line but a deck. (Its lines after the first go on in lower case; the deck
// ends on a word, not on "of", "its", which leave a clause open, and holds three words at
// least: a broken column's pieces, "Brazil's", "…said its", are no deck; nor on a bracket
// left open, "…a unit of <Harbour", whose names go on under it. Nor a line opened by the
// head's first word, as the lead names its subject, but for one wider than the column,
// which no line of the lead is: a deck of one line across the columns. A line over a
// byline is no lead's line either.)
[[gnu::noinline]] GALLEY_SMALL void mark_decks(const std::vector<line>& lines, const line_chars& chars,
                                             const std::vector<std::uint32_t>& idx, const layout& lay, std::vector<features>& f) {
  const std::size_t n = idx.size();
  constexpr std::size_t most = 3;
  for (std::size_t k = 1; k + 1 < n; ++k) {
    if (!f[k - 1].stacked_head || f[k].stacked_head || f[k].lower_start || !opens_as_paragraph(lines[idx[k]].first)) continue;
    std::size_t top = k - 1;
    while (top > 0 && f[top].stack_goes_on) --top;
    if (!f[k].wide && first_word(chars[idx[k]]) == first_word(chars[idx[top]])) continue;
    int words = 0;
    for (std::size_t e = k; e + 1 < n && e < k + most; ++e) {
      if (f[e].lexicon != role::blank || f[e].final || !f[e].word_end || f[e].title || (e > k && !f[e].lower_start)) break;
      words += chars.words(idx[e]).words;
      const line& l = lines[idx[e]];
      const std::u32string_view t = chars[idx[e]];
      const bool bracket_open = t.rfind(U'<') + 1 > t.rfind(U'>') + 1 || t.rfind(U'(') + 1 > t.rfind(U')') + 1;
      const bool room = l.ink + 1 + first_word_cells(chars[idx[e + 1]]) + 2 <= lay.column[idx[e]];
      const bool byline = f[e + 1].lexicon == role::byline;
      if (words < 3 || !f[e].headline_sized || !(room || (f[e].wide && e == k) || byline) || ends_in_function_word(t) || bracket_open ||
          lay.gap_before[idx[e + 1]] || f[e + 1].lower_start || !opens_as_paragraph(lines[idx[e + 1]].first))
        continue;
      for (std::size_t j = k; j <= e; ++j) f[j].deck = true;
      break;
    }
  }
}

// A caption's lines about the one its lexicon found, on a Latin page.
[[gnu::noinline]] GALLEY_SMALL void mark_caption_lines(const line_chars& chars, const std::vector<std::uint32_t>& idx,
                                                     const layout& lay, std::vector<features>& f) {
  const std::size_t n = idx.size();
  // A caption's credit wrapped ("…two days. (Photo: Tom" / "Becker)", "…Inc. REUTERS/Jane" /
  // "Moss"): the line right under it that closes the bracket it left open, a few words, or
  // one capitalised word under a credit's slash, is the caption's, not a head. And a caption
  // read by its credit on its last line, opened there in lower case ("No casualties have been
  // reported and no further major" / "damage. REUTERS/Jane Moss"): its sentence's line over
  // it, under finished text, is the caption's.
  for (std::size_t k = 1; k < n; ++k) {
    if (lay.gap_before[idx[k]]) continue;
    std::size_t j = k;
    if (f[k - 1].lexicon == role::caption && f[k].lexicon == role::blank && f[k].few_words) {
      const std::u32string_view above = chars[idx[k - 1]], s = chars[idx[k]];
      const bool closes_bracket = s.back() == U')' && above.rfind(U'(') + 1 > above.rfind(U')') + 1;
      if (!closes_bracket && !(one_capitalised_word(chars.words(idx[k])) && f[k].word_end &&
                               above.find(U'/', above.rfind(U' ') + 1) != above.npos))
        continue;
    } else if (f[k].lexicon == role::caption && f[k].lower_start && f[k - 1].lexicon == role::blank && !f[k - 1].final &&
               f[k - 1].word_end && finished_over(k - 1, idx, lay, f)) {
      j = k - 1;
    } else {
      continue;
    }
    f[j].lexicon = role::caption;
    f[k].stack_goes_on = true;  // (the units stage joins line k to the caption's line over it)
  }
}

// A news item's opening under lines that end no sentence, and over them finished text:
// no paragraph ends so, a head does ("茶叶合作社统一收购鲜叶带" / "动周边农户增收" / "央视网
// 消息（新闻联播）：…"). Printed with no blank line about it (pdf.js, pdftotext -raw), a head
// wrapped to its column's width reads as text: one to three Chinese lines, none with a comma,
// short enough together for a head, each ending in a word or a closing mark, right over
// the opening and under a finished sentence, a credit, a byline or a blank line. (Not
// under a kicker: the articles stage parts a kicker from the head under it.)
[[gnu::noinline]] GALLEY_SMALL void mark_news_item_heads(const std::vector<line>& lines, const std::vector<std::uint32_t>& idx,
                                                         const layout& lay, std::vector<features>& f) {
  for (std::size_t k = 1; k < idx.size(); ++k) {
    if (!f[k].news_item || lay.gap_before[idx[k]]) continue;
    std::size_t top = k;
    int glyphs = 0;
    while (top > 0 && k - top < 3) {
      const features& g = f[top - 1];
      const line& l = lines[idx[top - 1]];
      // (Not a kicker over the head: no wrap leaves a first line shorter than its second.)
      if (g.final || g.comma || g.news_item || g.lexicon != role::blank || !(g.word_end || is_closing(l.last)) ||
          l.cjk * 2 < l.glyphs || (top < k && l.ink < lines[idx[top]].ink))
        break;
      glyphs += l.glyphs;
      if (lay.gap_before[idx[--top]]) break;
    }
    if (top == k || glyphs > w::head_max_chars) continue;
    const bool bounded = top == 0 || lay.gap_before[idx[top]] || f[top - 1].final || f[top - 1].lexicon != role::blank;
    if (!bounded) continue;
    for (std::size_t j = top; j < k; ++j) f[j].heads_news_item = true;
  }
}

// What the page's other lines tell of a line's place: among title-case heads, under a head
// line it wraps, over a byline, in a group set apart. (Once a page: built for size.)
[[gnu::noinline]] GALLEY_SMALL void mark_head_places(const std::vector<line>& lines, const line_chars& chars,
                                                   const std::vector<std::uint32_t>& idx, const layout& lay, bool page_gaps,
                                                   std::vector<features>& f) {
  const std::size_t n = idx.size();
  // A page whose display lines are set in title case: a line in sentence case set apart
  // under text there ("After the audits were finished, Harbour Air" / "" / "Lines was
  // fined…", a paragraph's line a column break set apart), or opened by a word in lower
  // case, is more likely text than a head. (Three unpunctuated title-case lines set apart at
  // least, and more than twice as many as such lines in sentence case.)
  if (!lay.cjk) {
    int title_heads = 0, sentence_lines = 0;
    for (std::size_t k = 0; k < n; ++k) {
      const bool apart = (k == 0 || lay.gap_before[idx[k]]) && (k + 1 == n || lay.gap_before[idx[k + 1]]);
      if (!apart || !f[k].word_end) continue;
      title_heads += f[k].title;
      sentence_lines += f[k].sentence_case;
    }
    if (title_heads >= 3 && title_heads > 2 * sentence_lines)
      for (std::size_t k = 0; k < n; ++k) f[k].among_title_heads = f[k].sentence_case || f[k].lower_start;
    // A line opened by a word in lower case is text there too, and set apart by blank lines
    // on a page with three title-case heads or more, whatever its other lines: OCR reads a
    // paragraph's lines as blocks of their own, each set apart ("which Western Dairy
    // shareholders received", "chipmakers to issue"), and sets many apart in sentence case,
    // which the count above weighs against the heads. (Seven words at most, a piece of a
    // column's line: a few wire heads are set in lower case, a line of their own, "lakeland
    // annual broad money supply growth 10.8 pct in March".)
    if (title_heads >= 3)
      for (std::size_t k = 0; k < n; ++k)
        f[k].lower_start_among_heads =
            f[k].lower_start && f[k].few_words && (k == 0 || lay.gap_before[idx[k]]) && (k + 1 == n || lay.gap_before[idx[k + 1]]);
  }
  for (std::size_t k = 1; !lay.cjk && k < n; ++k) {
    const line &above = lines[idx[k - 1]], &l = lines[idx[k]];
    f[k].wrap_tail = !lay.gap_before[idx[k]] && l.cjk == 0 && above.cjk == 0 && l.ink * 2 <= above.ink &&
                     (f[k - 1].title || f[k - 1].title_tail) && f[k - 1].word_end && !f[k - 1].final && f[k].word_end;
  }
  // The lines set apart right over a byline, up to three, none ending a sentence: a head
  // stands there whatever its case ("Netherlands heads confidently" / "into debt talks" /
  // "" / "By Jane Moss"). With no blank line between, as pdftotext -layout runs a head
  // into its byline, the one line right over it, set apart above ("" / "Ferry Talks End In
  // Failure" / "By Jane Moss"): lines run on between a head and its byline are its standfirst.
  for (std::size_t k = 1; k < n; ++k) {
    if (f[k].lexicon != role::byline) continue;
    const std::size_t most = lay.gap_before[idx[k]] ? 3 : 1;
    std::size_t top = k;
    while (top > 0 && k - top < most && !f[top - 1].final && f[top - 1].lexicon == role::blank && f[top - 1].headline_sized &&
           (top == k || !lay.gap_before[idx[top]]))
      --top;
    if (top < k && (top == 0 || lay.gap_before[idx[top]]))
      for (std::size_t j = top; j < k; ++j) f[j].over_byline = true;
  }
  // Two or three Latin lines set apart together, none ending a sentence or clause, under
  // which a line opens as a paragraph does (a capital): a head wrapped, in whatever case.
  for (std::size_t k = 0; !lay.cjk && k < n;) {
    if (!(k == 0 || lay.gap_before[idx[k]])) { ++k; continue; }
    std::size_t end = k + 1;
    while (end < n && !lay.gap_before[idx[end]]) ++end;
    bool ok = end - k >= 2 && end - k <= 3 && end < n && !f[end].lower_start;
    for (std::size_t j = k; ok && j < end; ++j)
      ok = !f[j].final && !f[j].open && f[j].headline_sized && f[j].lexicon == role::blank && !f[j].sentence_case;
    if (ok)
      for (std::size_t j = k; j < end; ++j) f[j].apart_group = true;
    k = end;
  }
  if (!lay.cjk && page_gaps) mark_sentence_case_heads(lines, chars, idx, lay, f);
}

// Line i's role and scores, and the measurements behind them, so a reader can check the
// layout evidence. (Asked with --explain only: built for size.)
[[gnu::noinline]] GALLEY_SMALL void explain_line(std::size_t i, role r, const std::array<double, state_count>& emit, int ink,
                                                 int column, std::vector<line_explanation>& explanation) {
  line_explanation e{static_cast<std::uint32_t>(i + 1), std::string(name_of(r)), {}};
  for (int c = 0; c < state_count; ++c)
    e.scores.emplace_back(state_names[static_cast<std::size_t>(c)], emit[c] <= impossible / 2 ? -99.0 : emit[c]);
  e.scores.emplace_back("ink-cells", ink);
  e.scores.emplace_back("column-cells", column);
  explanation.push_back(std::move(e));
}

}  // namespace

line_roles assign_roles(const page_text& text, const std::vector<line>& lines, const line_chars& chars,
                        const layout& lay, const options&, std::vector<line_explanation>* explanation) {
  line_roles out;
  out.of.assign(lines.size(), role::blank);
  out.start.assign(lines.size(), line_start::none);
  // (4 bytes a line, room made once: a page of a million short lines grew 8 bytes a line
  // by doubling.)
  std::vector<std::uint32_t> idx;
  idx.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!lines[i].blank) idx.push_back(static_cast<std::uint32_t>(i));
  if (idx.empty()) return out;

  const std::size_t n = idx.size();
  std::vector<features> f(n);
  const bool page_gaps = std::find(lay.gap_before.begin(), lay.gap_before.end(), 1) != lay.gap_before.end();
  // A page of unwrapped paragraphs, a paragraph a line, that indents them and sets its heads,
  // bylines and captions flush left (a web page's copy): the margin lines_stage measured from
  // is the paragraphs' indent, and a line at it is indented ("    Lakeside has received
  // opposing bids…" is no head among "Lakeside <Lks> Takes No Action" and its paragraphs).
  const bool hanging = lay.unwrapped && std::any_of(lines.begin(), lines.end(), [](const line& l) { return l.outdented; });
  for (std::size_t k = 0; k < n; ++k) {
    const line& l = lines[idx[k]];
    measure(f[k], chars[idx[k]], text.bytes(), l, chars, idx[k], lay.column[idx[k]], lay);
    if (hanging && !l.outdented && l.indent == 0) f[k].indented = true;
    f[k].runs_on = page_gaps && k > 0 && !lay.gap_before[idx[k]];
    // (Asked only of a Chinese line short enough to be a head and set apart, where it counts.)
    f[k].closes_unopened = (k == 0 || lay.gap_before[idx[k]]) && l.cjk * 2 >= l.glyphs && f[k].headline_sized &&
                           closes_unopened(chars[idx[k]]);
  }
  if (!lay.cjk) mark_caption_lines(chars, idx, lay, f);
  mark_head_places(lines, chars, idx, lay, page_gaps, f);
  for (std::size_t k = 0; k + 1 < n; ++k) {
    const std::size_t next = k + 2 < n && f[k + 1].lexicon == role::byline ? k + 2 : k + 1;
    f[k].over_news_item = f[next].news_item && lay.gap_before[idx[next]];
  }
  if (lay.cjk) mark_news_item_heads(lines, idx, lay, f);
  // A CJK line breaks at any character, inside a number too: a Chinese line ending in a
  // digit and '.' over a line opening with a digit ("…上涨1." / "5%，…") cut a decimal
  // number at its point, not a sentence (Chinese sentences end in "。"). The number, and
  // its sentence, go on.
  for (std::size_t k = 0; lay.cjk && k + 1 < n; ++k) {
    if (f[k].final && lines[idx[k]].cjk > 0 && decimal_cut(chars[idx[k]], chars[idx[k + 1]])) {
      f[k].final = false;
      f[k].word_end = true;
    }
  }
  // (Not read on a CJK page nor an unwrapped one: the loop is not run there, where it asked
  // so of every line, 16 instructions a line.)
  const bool ends_told = lay.indented_paragraphs || lay.gap_paragraphs;
  for (std::size_t k = 0; !lay.unwrapped && !lay.cjk && k + 1 < n; ++k) {
    // Ragged-right Latin: a line that stops short only because the next word would not have
    // fitted is as full as its column allows. (Not when it ends a sentence: that line may
    // well end its paragraph; unless the page says where its paragraphs end otherwise, by
    // their indents or the blank lines between them.)
    const line& l = lines[idx[k]];
    if ((f[k].final && !ends_told) || f[k].full || l.cjk * 2 >= l.glyphs) continue;
    if (l.ink + 1 + first_word_cells(chars[idx[k + 1]]) > lay.column[idx[k]]) {
      f[k].full = true;
      f[k].short_line = f[k].narrow = false;
    }
  }
  if (!lay.cjk) mark_stacked_heads(lines, chars, idx, lay, f);
  if (!lay.cjk && !lay.unwrapped) mark_decks(lines, chars, idx, lay, f);

  // Viterbi over the non-blank lines: linear in the number of lines. Only the previous
  // line's scores are kept, and the way back (the emissions are asked again for an
  // explanation): 4 bytes a line, not 68.
  auto emissions = [&](std::size_t k) {
    const std::size_t i = idx[k];
    const bool gap_after = k + 1 < n ? lay.gap_before[idx[k + 1]] : true;
    const bool gap_before = k == 0 || lay.gap_before[i];
    const auto in = [&](state s) __attribute__((always_inline)) {  // (as the transitions below)
      return emission(lines[i], f[k], lay, gap_before, gap_after, k == 0, s);
    };
    return std::array<double, state_count>{in(s_start), in(s_cont), in(s_head), in(s_lexicon)};
  };
  std::array<double, state_count> best, prev;
  std::vector<std::array<std::uint8_t, state_count>> back(n);
  // (Kept for an explanation only: asked again, the emissions were a second copy of their
  // code in the module.)
  std::vector<std::array<double, state_count>> emitted;
  for (std::size_t k = 0; k < n; ++k) {
    const std::array<double, state_count> emit = emissions(k);
    if (explanation) emitted.push_back(emit);
    if (k == 0) {
      best = emit;
      best[s_cont] += impossible;
      continue;
    }
    const bool gap = lay.gap_before[idx[k]];
    prev = best;
    const transition_table t = transitions(f[k - 1], f[k], gap, lay);
    // (Written out with the states as constants, no loops: the table is read at fixed places.)
    const auto into = [&](state s) __attribute__((always_inline)) {
      double top = impossible * 4;
      std::uint8_t arg = 0;
      const auto from = [&](state p) __attribute__((always_inline)) {
        const double v = prev[p] + t[p][s];
        if (v > top) { top = v; arg = static_cast<std::uint8_t>(p); }
      };
      from(s_start);
      from(s_cont);
      from(s_head);
      from(s_lexicon);
      best[s] = top + emit[s];
      back[k][s] = arg;
    };
    into(s_start);
    into(s_cont);
    into(s_head);
    into(s_lexicon);
  }
  std::vector<std::uint8_t> path(n);
  // The end of the text is a gap after the last line: body text does not stop unfinished there.
  auto at_end = [&](int c) {
    const features& last = f[n - 1];
    const bool body = c == s_start || c == s_cont;
    return body && last.word_end && !last.final && last.headline_sized && !lay.unwrapped ? w::start_after_unfinished_gap : 0.0;
  };
  std::uint8_t s = 0;
  for (int c = 1; c < state_count; ++c)
    if (best[c] + at_end(c) > best[s] + at_end(s)) s = static_cast<std::uint8_t>(c);
  for (std::size_t k = n; k-- > 0;) {
    path[k] = s;
    s = back[k][s];
  }

  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t i = idx[k];
    switch (path[k]) {
      case s_start: out.of[i] = role::body; out.start[i] = line_start::paragraph; break;
      case s_cont: out.of[i] = role::body; break;
      case s_head:
        out.of[i] = role::headline;
        // (The units stage keeps a stacked head's lines together, whatever their widths, and
        // sets a deck apart from the head over it.)
        out.start[i] = f[k].stack_goes_on && path[k - 1] == s_head ? line_start::goes_on
                       : !f[k].deck                                ? line_start::none
                       : k > 0 && f[k - 1].deck                    ? line_start::deck_goes_on
                                                                   : line_start::deck;
        break;
      default:
        out.of[i] = f[k].lexicon;
        out.start[i] = f[k].stack_goes_on && path[k - 1] == s_lexicon ? line_start::goes_on : line_start::none;
        break;
    }
    if (explanation) explain_line(i, out.of[i], emitted[k], lines[i].ink, lay.column[i], *explanation);
  }
  furniture_beside_masthead(lines, chars, idx, f, out, explanation);
  return out;
}

}  // namespace galley::detail
