// Columns whose lines an extractor printed in turn, a line a block (pdftotext's default
// mode), read back a column at a time.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "interleave.hpp"

namespace {

using galley::detail::unthread_interleaved_lines;
using column = std::vector<std::string>;

// Three stories' columns of prose as a justified column breaks them.
const column harbour = {
    "The port authority said on Monday that",
    "cargo volumes rose nine pct in the first",
    "quarter, helped by a recovery in con-",
    "tainer traffic from Asia.",
    "Officials expect the new terminal to",
    "open next spring, two months later than",
    "planned, after delays in dredging the",
    "approach channel.",
};
const column council = {
    "The city council voted to delay a",
    "decision on the bridge repairs until",
    "engineers report on the state of the",
    "supports, the mayor's office said.",
    "Residents have complained of closures",
    "that add an hour to the daily journey",
    "into town, and traders say the loss of",
    "visitors has cut their takings.",
};
const column harvest = {
    "Growers in the valley said the wheat",
    "harvest would be the smallest in ten",
    "years after a dry winter and a late",
    "frost in April.",
    "Prices at the regional exchange have",
    "climbed for six weeks in a row, and mil-",
    "lers warn that bread will cost more by",
    "the autumn.",
};

// The columns' lines a row at a time, each line a block (a blank line under it), between a
// masthead over them and an editor's line under them. (A line over them standing alone
// could be the first column's head set in turn with the others: see interleave.cpp.)
std::string in_turn(const std::vector<column>& columns) {
  std::string page = "The Daily Courier\nPage A3 Business\n\n";
  for (std::size_t r = 0; r < columns.front().size(); ++r)
    for (const column& c : columns) page += c[r] + "\n\n";
  return page + "Editor: Anna Ruiz\nA3\n";
}

std::vector<std::string> nonblank_lines(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t from = 0; from < text.size();) {
    const std::size_t end = std::min(text.find('\n', from), text.size());
    if (end > from) out.emplace_back(text.substr(from, end - from));
    from = end + 1;
  }
  return out;
}

// The page's line n (0-based).
std::string line_of(std::string_view page, std::size_t n) {
  std::size_t from = 0;
  for (; n > 0; --n) from = page.find('\n', from) + 1;
  return std::string(page.substr(from, page.find('\n', from) - from));
}

void check_read_in_columns(const std::vector<column>& columns) {
  const std::string page = in_turn(columns);
  INFO(page);
  const auto unfolded = unthread_interleaved_lines(page);
  REQUIRE(unfolded);
  std::vector<std::string> expected{"The Daily Courier", "Page A3 Business"};
  for (const column& c : columns) expected.insert(expected.end(), c.begin(), c.end());
  expected.insert(expected.end(), {"Editor: Anna Ruiz", "A3"});
  CHECK(nonblank_lines(unfolded->text) == expected);
  // (Each line of the text is the page's line its source says, whole.)
  REQUIRE(unfolded->source.size() == static_cast<std::size_t>(std::count(unfolded->text.begin(), unfolded->text.end(), '\n')));
  for (std::size_t l = 0; l < unfolded->source.size(); ++l) CHECK(line_of(unfolded->text, l) == line_of(page, unfolded->source[l]));
}

}  // namespace

TEST_CASE("interleave: two or three columns' lines printed in turn read back a column at a time", "[interleave]") {
  check_read_in_columns({harbour, council});
  check_read_in_columns({council, harvest});
  check_read_in_columns({harbour, council, harvest});
  check_read_in_columns({harvest, harbour, council});
}

TEST_CASE("interleave: a column's lines a block each, in their order, are left as they are", "[interleave]") {
  // (A page an extractor printed double-spaced, or mutool's a printed line a block: the next
  // line goes on each line's sentence, not one further down.)
  for (const column& c : {harbour, council, harvest}) {
    std::string page = "Page A3 Business\n\n";
    for (const std::string& l : c) page += l + "\n\n";
    INFO(page);
    CHECK_FALSE(unthread_interleaved_lines(page));
  }
  std::string stories;
  for (const column& c : {harbour, council, harvest})
    for (const std::string& l : c) stories += l + "\n\n";
  CHECK_FALSE(unthread_interleaved_lines(stories));
}

TEST_CASE("interleave: lines in their order are left as they are where an initialism or chance makes a run look broken", "[interleave]") {
  // (mutool's a printed line a block: lines in order, a few of which the line three or four
  // down goes on by chance; and "U.S." ends a line in mid-sentence.)
  const column steel = {
      "Steel makers in Japan, in a move to",
      "branch out into medical devices, have put nine mln dlrs in",
      "the firm.",
      "The move was the result of current exchange rates and",
      "the rise of the yen, which \"have made the U.S.",
      "instrument business an appealing place to put their cash for",
      "Japanese corporations,\" according to a statement.",
  };
  const column cars = {
      "Harlow Motor Works Inc said its March U.S.",
      "van output slipped to 241,507 units from",
      "263,918 a year ago.",
      "Harlow said its U.S. bus production eased",
      "to 141,260 from 144,917 a year ago.",
      "(Reuters)",
  };
  for (const column& c : {steel, cars}) {
    std::string page = "Page A3 Business\n\n";
    for (const std::string& l : c) page += l + "\n\n";
    INFO(page);
    CHECK_FALSE(unthread_interleaved_lines(page));
  }
}

TEST_CASE("interleave: a run whose columns neither end in it nor go on after it is no columns in turn", "[interleave]") {
  // (A paragraph OCR read a line a block in another order: the line two down goes on by
  // chance, but neither column it would make ends a sentence or goes on in the block after.)
  CHECK_FALSE(unthread_interleaved_lines(galley::test::ocr_scrambled_paragraph));
  // (Columns the extractor printed the rest of in a block of more lines go on in it.)
  std::string cut = "The Daily Courier\nPage A3 Business\n\n";
  for (std::size_t r = 0; r < 5; ++r) cut += harbour[r] + "\n\n" + council[r] + "\n\n";
  cut += harbour[5] + "\n" + council[5] + "\n" + harbour[6] + "\n";
  const auto unfolded = unthread_interleaved_lines(cut);
  REQUIRE(unfolded);
  CHECK(unfolded->text.find(harbour[3] + "\n" + harbour[4] + "\n\n" + council[0]) != std::string::npos);
}

TEST_CASE("interleave: a title-case line over a line in lower case is no column's line going on", "[interleave]") {
  // (OCR prints a box's folio, head, byline and paragraph lines a block each, in order but
  // for a paragraph line or two out of place: the lines in lower case four down from the
  // folio, the head and the byline would read as their columns going on.)
  const std::string page =
      "The Daily Courier\n\nMonday, May 4, 2026\n\nPage A3 Business\n\n"
      "Port Authority Plans New Cargo Terminal\n\nBy Anna Ruiz\n\n"
      "The port authority said on Monday that it\n\n"
      "by a recovery in container traffic from\n\n"
      "the east.\n\n"
      "expects cargo volumes to rise, helped\n\n"
      "Growers Expect Smaller Wheat Harvest\n\n"
      "Growers in the valley said the wheat harvest would be the smallest in ten years after a dry winter\n"
      "and a late frost in April.\n";
  INFO(page);
  CHECK_FALSE(unthread_interleaved_lines(page));
}

TEST_CASE("interleave: four lines are no three columns in turn on the one pair that reading rests on", "[interleave]") {
  // (Two paragraphs' last lines out of OCR, in their order, the second's first in lower
  // case: the line three down goes on the first, the only pair at that step.)
  const std::string page =
      "Page A3 Business\nCouncil Delays Bridge Vote\n\n"
      "The mayor's office said the vote on the repairs\n\n"
      "would be delayed until engineers report.\n\n"
      "traders at the market, the largest\n\n"
      "of the region's food suppliers.\n\n"
      "Editor: Anna Ruiz\nA3\n";
  INFO(page);
  CHECK_FALSE(unthread_interleaved_lines(page));
}

TEST_CASE("interleave: lines whose only break is a comma before a capital are no columns in turn", "[interleave]") {
  // (OCR's lines of two columns read as one line each: the line two down goes on twice by
  // chance, and the lines in their order break only where a comma stands before a capital,
  // as a list or a name after a clause does.)
  const std::string page =
      "Page A3 Business\nPort Authority Reports Cargo Figures\n\n"
      "The harbour said on Monday that its traffic,\n\n"
      "Officials from the port and the council\n\n"
      "rose nine pct in the first quarter\n\n"
      "would meet next week to agree the budget.\n\n"
      "Editor: Anna Ruiz\nA3\n";
  INFO(page);
  CHECK_FALSE(unthread_interleaved_lines(page));
}

TEST_CASE("interleave: a longer period that a few lines go on by chance does not outweigh a shorter one most lines go on at", "[interleave]") {
  // (Two columns of three lines: the line four down goes on both times it is there, the
  // line two down three times of four, a name opening a line.)
  const column first = {
      "In addition, it said the unit, an affiliate of the group, will buy",
      "four mln new shares, or a 12 pct stake, of the firm for 20 mln dlrs or five dlrs",
      "a share.",
  };
  const column second = {
      "The group also said a Zurich bank, on behalf of",
      "Terence Ramsden, a director of the group, intends to subscribe for two",
      "mln shares of the firm at the same price paid by the group.",
  };
  const std::string page = in_turn({first, second});
  INFO(page);
  const auto unfolded = unthread_interleaved_lines(page);
  REQUIRE(unfolded);
  std::vector<std::string> expected{"The Daily Courier", "Page A3 Business"};
  for (const column& c : {first, second}) expected.insert(expected.end(), c.begin(), c.end());
  expected.insert(expected.end(), {"Editor: Anna Ruiz", "A3"});
  CHECK(nonblank_lines(unfolded->text) == expected);
}

TEST_CASE("interleave: reflow reads columns printed in turn a column at a time", "[interleave]") {
  const galley::document d = galley::test::reflow_ok("Port And Council News\n\n" + in_turn({harbour, council}).substr(36));
  std::string text;
  for (const galley::article& a : d.articles)
    for (const galley::block& b : a.blocks) text += b.text + "\n";
  INFO(text);
  CHECK(text.find("cargo volumes rose nine pct in the first quarter, helped by a recovery in container traffic") != std::string::npos);
  CHECK(text.find("decision on the bridge repairs until engineers report") != std::string::npos);
}

TEST_CASE("interleave: a run at the page's end, without a last line end, is read with every line kept and numbered", "[interleave]") {
  // (The page is read in one pass over its line ends: a run that the page's end closes,
  // its last line unended, is read as one that a line closes.)
  std::string page = "The Daily Courier\nPage A3 Business\n\n";
  for (std::size_t r = 0; r < harbour.size(); ++r) page += harbour[r] + "\n\n" + council[r] + (r + 1 < harbour.size() ? "\n\n" : "");
  INFO(page);
  const auto unfolded = unthread_interleaved_lines(page);
  REQUIRE(unfolded);
  CHECK(unfolded->page_lines == static_cast<std::uint32_t>(std::count(page.begin(), page.end(), '\n') + 1));
  CHECK(unfolded->text.back() == '\n');
  std::vector<std::string> expected{"The Daily Courier", "Page A3 Business"};
  for (const column& c : {harbour, council}) expected.insert(expected.end(), c.begin(), c.end());
  CHECK(nonblank_lines(unfolded->text) == expected);
  REQUIRE(unfolded->source.size() == static_cast<std::size_t>(std::count(unfolded->text.begin(), unfolded->text.end(), '\n')));
  for (std::size_t l = 0; l < unfolded->source.size(); ++l) CHECK(line_of(unfolded->text, l) == line_of(page, unfolded->source[l]));
  // (A line alone in Chinese is no run's line: the lines around it are two runs, each too
  // short to be read in turn.)
  std::string parted;
  for (std::size_t r = 0; r < 3; ++r) parted += harbour[r] + "\n\n" + council[r] + "\n\n" + (r == 1 ? "港口新闻\n\n" : "");
  CHECK_FALSE(unthread_interleaved_lines(parted));
}
