// Columns whose lines an extractor printed one by one in turn: `pdftotext` in its default
// mode makes a block of every printed line it cannot join to the next (Chromium's pages
// set a column's lines too far apart for it), and orders blocks whose baselines line up by
// their position across the page: two or three columns' lines come out interleaved, a
// blank line after each ("said she was sure of an early" / "to grow its fleet to 41
// from 26" / "sale of five-year notes and" / "deal with its foreign lending" …).
#ifndef GALLEY_INTERLEAVE_HPP
#define GALLEY_INTERLEAVE_HPP

#include <optional>
#include <string_view>

#include "columns.hpp"
#include "stage.hpp"

namespace galley::detail {

/**
 * The page with each run of interleaved Latin lines read a column at a time. A run is four
 * or more blocks of one Latin line each, blank lines between them; it is read as k columns'
 * lines in turn (k from 2 to 4; the fewest that read as well as more) when the line k lines
 * down goes on each line's sentence clearly better than the next line does: a word broken
 * by a hyphen and ended there, a sentence going on in lower case, a sentence's end before a
 * capital (a line or three at the run's top may stand as they are, over the columns), and
 * some line of the run cannot go on the one above it (lines in their order show none). Each
 * column's lines are then printed one under another, a blank line between columns. Nothing
 * but blank lines changes: every line is kept whole. Empty when no run is so read (most
 * pages).
 */
GALLEY_STAGE std::optional<unfolded_page> unthread_interleaved_lines(std::string_view page);

}  // namespace galley::detail

#endif
