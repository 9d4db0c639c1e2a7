// What the roles stage's tests look for anywhere in a line: its marks, and a Latin line's
// words. measure_lines() gathers them for every line on its one pass over the page's
// bytes; find_marks() finds them in a line's code points, for a line asked alone.
#ifndef GALLEY_LINE_MARKS_HPP
#define GALLEY_LINE_MARKS_HPP

#include <cstddef>
#include <string_view>

namespace galley::detail {

/** The ideographs that open the notice words ("广告", "遗失声明", "注销公告", ...: lexicon.cpp's notice_words_in()). */
inline constexpr char32_t cjk_notice_openers[] = {U'广', U'遗', U'注', U'声', U'减', U'招', U'寻', U'分', U'资'};
/** Letters enough for the English notice words ("Classifieds", "Advertisement"): a line with fewer holds none. */
inline constexpr int notice_word_letters = 11;

/** The marks a line holds that the tests on it look for anywhere in it. */
struct line_marks {
  bool slash_or_paren = false;   // '/' or '(': a picture agency's credit ("REUTERS/", "(Photo: ")
  bool quote = false;            // a quote or title mark leaves_quote_open() counts
  bool comma = false;            // ','
  bool wide_comma = false;       // '，'
  bool inner_full_stop = false;  // a '。' before the last character
  bool notice_opener = false;    // one of cjk_notice_openers, or notice_word_letters Latin letters at least
  bool star = false;             // '星' (a weekday: "星期一")
  std::size_t end_mark_end = 0;  // one past the last sentence-final or closing mark; 0 when none
};

/** A Latin line's words, and how many of them open with a capital. */
struct title_words {
  int words = 0;
  int capitalised = 0;
  /** "Most Words Capitalised": at least min_words words, seven in ten capitalised. */
  bool title_case(int min_words = 3) const { return words >= min_words && capitalised * 10 >= words * 7; }
};

}  // namespace galley::detail

#endif
