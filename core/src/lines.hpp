// The line model: what each input line looks like, measured once.
#ifndef GALLEY_LINES_HPP
#define GALLEY_LINES_HPP

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "line_marks.hpp"
#include "stage.hpp"
#include "text.hpp"
#include "unicode.hpp"

namespace galley::detail {

/**
 * One input line, measured. Positions are byte offsets in page_text::bytes(); a line's
 * number is its index plus one. (A page has one of these per line: 56 bytes, what the
 * later stages read, and nothing else.)
 */
struct line {
  // (The small members sit together at the end.)
  std::uint32_t begin = 0;         // first non-space character
  std::uint32_t end = 0;           // one past the last non-space character
  int indent = 0;                  // leading space, in cells
  int ink = 0;                     // cells of non-space characters only (what the column holds)
  int glyphs = 0;                  // non-space characters
  int cjk = 0;                     // counts by class
  int latin = 0;
  int cjk_pairs = 0;               // neighbouring character pairs with an ideograph on one side (ignoring spaces)
  int spaced_cjk_pairs = 0;        // of those, how many had space between them (justification)
  int spaced_ideograph_pairs = 0;  // spaced pairs with ideographs on both sides

  /** Spread by justification: most gaps spaced, ideograph pairs among them (not "AI 与 GPU"). */
  bool justified() const { return spaced_cjk_pairs >= 2 && spaced_ideograph_pairs >= 1 && spaced_cjk_pairs * 2 >= cjk_pairs; }
  char32_t first = 0;              // first and last non-space characters
  char32_t last = 0;
  char_class first_class = char_class::other;
  char_class last_class = char_class::other;
  std::uint8_t markdown_heading = 0;  // 1..6 for "#".."######" at the start; 0 otherwise
  bool blank = true;               // nothing but spaces
  bool markdown_bold = false;      // the whole line is **…**
  bool ends_sentence = false;      // "。", "。”", "！）": sentence-final, perhaps inside closing marks
  bool plain_words = false;        // printable ASCII words one space apart: nothing despace() would change
  bool outdented = false;          // starts left of the page's margin (measured from it, indent is 0)

};

struct measured_lines;

/**
 * Measures every line of the page, and decodes each line's text as it goes: the bytes are
 * read once for both (they were read twice, by the measuring and then by line_chars).
 */
GALLEY_STAGE measured_lines measure_lines(const page_text& text);

/**
 * Every line's text (begin to end) as code points, decoded once for the stages that read
 * lines as characters: the roles stage and the units stage each decoded every line again
 * (and the units stage a page's Latin lines twice). A page at a time: four bytes a byte
 * of the page at most. Written by measure_lines, on its way through each line.
 */
class line_chars {
 public:
  /** Line i's text (empty for a blank line). */
  std::u32string_view operator[](std::size_t i) const { return {data_.get() + at_[i], at_[i + 1] - at_[i]}; }
  /**
   * A nonblank line's marks and Latin words, what find_marks(s) and count_title_words(s)
   * find in its text s: gathered as the line is decoded (the roles stage read every line
   * again for them, a fifth of its instructions on an English page).
   */
  line_marks marks(std::size_t i) const {
    const found& f = found_[i];
    return {(f.flags & found::slash_or_paren) != 0, (f.flags & found::quote) != 0,         (f.flags & found::comma) != 0,
            (f.flags & found::wide_comma) != 0,     (f.flags & found::inner_full_stop) != 0, (f.flags & found::notice_opener) != 0,
            (f.flags & found::star) != 0,           f.end_mark_end};
  }
  /** Line i holds '消', which an outlet's news-item opening "消息" starts with ("新华社消息，"). */
  bool holds_xiao(std::size_t i) const { return (found_[i].flags & found::xiao) != 0; }
  title_words words(std::size_t i) const { return {static_cast<int>(found_[i].words), static_cast<int>(found_[i].capitalised)}; }
  /** The page holds one of traditional_markers: its lexicons' characters may be printed in traditional forms. */
  bool traditional() const { return traditional_; }
  /**
   * The page's lines as the lexicons read them on a page in traditional characters: each
   * character in its simplified_form(), the marks found again where a notice word's opener
   * was printed in a traditional form ("廣告").
   */
  line_chars simplified() const;

  /** A line's marks and words as kept (16 bytes a line: positions and counts fit 32 bits, as the lines' byte offsets do). */
  struct found {
    enum : std::uint16_t { slash_or_paren = 1, quote = 2, comma = 4, wide_comma = 8, inner_full_stop = 16, notice_opener = 0x100, star = 0x200,
                           traditional_form = 0x400, xiao = 0x800 };
    std::uint32_t end_mark_end;
    std::uint32_t words;
    std::uint32_t capitalised;
    std::uint16_t flags;
  };

 private:
  friend measured_lines measure_lines(const page_text& text);
  std::unique_ptr<char32_t[]> data_;
  std::vector<std::uint32_t> at_;  // where each line starts in data_, and where the last ends
  std::unique_ptr<found[]> found_;  // each line's marks and words (a blank line's: none)
  bool traditional_ = false;
};

/** A page's lines, measured, and their text as code points. */
struct measured_lines {
  std::vector<line> lines;
  line_chars chars;
};

/** Whether s holds "said" (std::string_view::find's answer, in fewer instructions). */
bool holds_said(std::string_view s);

/** The page's script: true when CJK characters outnumber Latin letters. */
bool page_is_cjk(const std::vector<line>& lines);

}  // namespace galley::detail

#endif
