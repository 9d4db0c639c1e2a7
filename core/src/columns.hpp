// Columns printed side by side: `pdftotext -layout` (and other extractors that keep a
// page's geometry) print a row of every column on one line, the columns apart by runs of
// spaces. The stages read a page as a column's lines one after another, so such a page is
// first rewritten column by column.
#ifndef GALLEY_COLUMNS_HPP
#define GALLEY_COLUMNS_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stage.hpp"

namespace galley::detail {

/** A page whose side-by-side columns were read one after another. */
struct unfolded_page {
  /** The page's text: each band of columns a column at a time, a blank line between columns. */
  std::string text;
  /** For each line of text (0-based), the page's line it came from (0-based). */
  std::vector<std::uint32_t> source;
  /** Lines of the page itself, as the text stage counts them. */
  std::uint32_t page_lines = 0;
  /** Lines of the page that were cut into columns. */
  std::uint32_t rows_unfolded = 0;
};

/**
 * The page read column by column, where bands of its lines print columns side by side: the
 * same gutter, a run of two or more spaces at the same character position, on at least four
 * lines with text on both sides and no line's text across it; then, in the lines none of those
 * cut, the gutters they show (a band's column edge may lie a few characters off another
 * band's). A row of heads side by side over their stories' columns is read a head and
 * the columns under it at a time. Positions count characters, as `pdftotext -layout` pads
 * with spaces to a character position. Nothing but the spaces
 * between columns changes: every other character is kept, in its line's order. Empty when
 * no band of the page does (most pages: text copied column by column, OCR, Markdown).
 */
GALLEY_STAGE std::optional<unfolded_page> unfold_side_by_side(std::string_view page);

/** Where the next two spaces in a row start in page, at or after from: page.find("  ", from). */
std::size_t next_double_space(std::string_view page, std::size_t from);

/**
 * The page read column by column where an extractor printed a row of Chinese columns on one
 * line with a single space between them, as `pdftotext` in its default mode does where the
 * gutter is narrow ("港口在城市发展中的带动支撑作用。 盟市委发言建议，引导企业加大研发"):
 * positions mean nothing there (each column's text is as long as it is, not padded), so
 * unfold_side_by_side() cannot see a gutter. A run of lines with no blank line among them
 * is such a band when three or more of its lines hold two pieces or more of eight characters
 * or more, parted by one space after an ideograph or a CJK mark (Chinese prose has no spaces
 * of its own). pdftotext prints a row's pieces left to right, but a piece far from the next
 * (a paragraph's short last line, an indented first one) on a line of its own: a line's
 * pieces go on in the row above while it has room for them, else start a row. A band's first
 * row short of columns, its pieces as wide as full lines, holds the last columns' first
 * lines (a byline or a picture over the first column pushes its text down); any other row
 * short of columns, the first columns' (the last column ends first). The band is then read
 * a column at a time, no blank line between columns (a paragraph runs on from one column
 * into the next). Nothing but spaces goes: those between the pieces, and those at the band's
 * lines' ends and starts. Empty when no band.
 */
GALLEY_STAGE std::optional<unfolded_page> unfold_joined_rows(std::string_view page);

/**
 * A line's pieces, as unfold_joined_rows() reads a row's: its text cut at each single space
 * after an ideograph or a CJK mark and before another, or after a CJK mark.
 */
void joined_pieces(std::string_view line, std::vector<std::string_view>& out);

/**
 * Whether a line (no line end in it) holds a joined row as unfold_joined_rows() reads one:
 * two pieces or more of eight characters or more, parted by one space after an ideograph or
 * a CJK mark.
 */
bool holds_joined_row(std::string_view line);

/** The lines of page (0-based, page cut at each '\n') that holds_joined_row(). */
std::vector<std::uint32_t> joined_row_lines(std::string_view page);

}  // namespace galley::detail

#endif
