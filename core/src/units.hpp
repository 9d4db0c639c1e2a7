// The blocks stage: lines joined into units (paragraphs, display lines, captions, ...).
#ifndef GALLEY_UNITS_HPP
#define GALLEY_UNITS_HPP

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "galley/document.h"
#include "galley/options.h"
#include "layout.hpp"
#include "lines.hpp"
#include "roles.hpp"
#include "stage.hpp"
#include "text.hpp"

namespace galley::detail {

/** A run of lines that reads as one piece, its text already joined and despaced. */
struct unit {
  // (Members ordered by size: a page has a unit per paragraph and line of display.)
  std::u32string text;
  std::vector<line_range> lines;
  /** Display lines: ink width relative to the local column (1.0 = one column). */
  double width_ratio = 0;
  /** Markdown heading level of a display line (1–6), 0 when none. */
  int markdown_level = 0;
  /** The first non-blank input line after this unit's last line (0 at the end). */
  std::uint32_t next_line = 0;
  /** Made of two lines or more: where the second starts (line number, and offset in text); else 0. */
  std::uint32_t second_line = 0;
  std::uint32_t second_at = 0;
  /** Made of two lines or more: where the last starts, likewise (a subtitle under a head read as text). */
  std::uint32_t last_line = 0;
  std::uint32_t last_at = 0;
  /** Lines joined into this unit at build time. */
  std::uint32_t line_count = 1;
  role kind = role::body;
  /** Starts with a character that cannot start a sentence (a continuation). */
  bool opens_mid_sentence = false;
  /** Ends without sentence-final punctuation (cut off). */
  bool ends_mid_sentence = false;
  /** Separated from the previous unit by a blank line that carries meaning. */
  bool gap_before = false;
  /** Its first line was indented: a paragraph's start, never a head. */
  bool indented = false;
  /** Its first line fills the column, unindented: a paragraph going on, not starting. */
  bool first_full = false;
  /** Its last line fills the column: where a column ended, not where its text did. */
  bool last_full = false;
  /** Its first line was justified (spaces between all its characters): full whatever its measure. */
  bool first_justified = false;
  /** Three lines, the first of another width than the two under it, which wrap (see units.cpp). */
  bool first_line_apart = false;
};

/** Joins lines into units, deciding paragraph breaks, despacing and dehyphenating. */
GALLEY_STAGE std::vector<unit> build_units(const page_text& text, const std::vector<line>& lines, const line_chars& chars,
                                           const layout& lay, const line_roles& roles, const options& opts, statistics& st);

/**
 * A line's text without the spaces that justification or extraction put in it (see
 * units.cpp), their count added to st.layout_spaces_removed: s itself when no space goes,
 * else a view of out. (fast_paths false reads every line the plain way, without the
 * passes over an unjustified line's ASCII words and a justified line's characters set a
 * space apart: the tests hold the two ways to the same text.) latin_line: the line holds
 * no CJK character, so that curly quotes, dashes and ellipses may be its Latin text's.
 */
std::u32string_view despace(std::u32string_view s, bool justified, const options& opts, statistics& st,
                            std::u32string& out, bool fast_paths = true, bool latin_line = false);

/**
 * The words of a line of ASCII as the line-end hyphens' scan reads them (runs of Latin
 * letters, a hyphen between two letters included): where each starts, and its length.
 * fast_path: natively sixteen bytes at a time, as the scan reads an ASCII line; else a code
 * point at a time (the tests hold the two to the same words).
 */
std::vector<std::pair<std::size_t, std::size_t>> latin_word_spans(std::string_view ascii_line, bool fast_path);

/** Appends b to a as one paragraph, with a space only between two Latin words. */
void join_text(std::u32string& a, std::u32string_view b);

/** Appends unit b's text and provenance to a (adjacent line ranges merge). */
void join_units(unit& a, const unit& b);

/** Mid-sentence flags of a unit's text (sets opens_mid_sentence and ends_mid_sentence). */
void mark_sentence_edges(unit& u);

}  // namespace galley::detail

#endif
