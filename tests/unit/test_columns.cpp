// Columns printed side by side (pdftotext -layout), read one after another: pages of random
// text set in varied grids, checked against the columns they were set from.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "columns.hpp"
#include "helpers.hpp"

namespace {

using galley::detail::unfold_side_by_side;

void append_utf8(std::string& s, char32_t c) {
  if (c < 0x80) {
    s += static_cast<char>(c);
  } else if (c < 0x800) {
    s += static_cast<char>(0xC0 | (c >> 6));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::size_t chars(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A column's lines of random text, `width` characters each (a paragraph's last line shorter,
// a paragraph's first line indented by two when `indent`): ideographs ending in "。", or
// Latin words.
std::vector<std::string> column_text(std::mt19937& rng, bool cjk, std::size_t width, std::size_t lines, bool indent) {
  std::vector<std::string> out;
  std::string line = indent ? "  " : "";
  std::size_t used = line.size();
  auto push = [&] {
    out.push_back(line);
    line.clear();
    used = 0;
  };
  while (out.size() < lines) {
    if (cjk) {
      const bool end = rng() % 23 == 0;
      append_utf8(line, end ? U'。' : static_cast<char32_t>(0x4E00 + rng() % 3000));
      ++used;
      if (end && rng() % 3 == 0) {
        push();
        if (indent) line = "  ", used = 2;
      } else if (used == width) {
        push();
      }
    } else {
      std::string word;
      const std::size_t n = 2 + rng() % 7;
      for (std::size_t k = 0; k < n; ++k) word += static_cast<char>('a' + rng() % 26);
      if (rng() % 9 == 0) word += '.';
      if (used + (used ? 1 : 0) + word.size() > width) push();
      if (used) line += ' ', ++used;
      line += word;
      used += word.size();
    }
  }
  return out;
}

// Columns set side by side: each row padded with spaces to the next column's character
// position, `gutter` spaces at least between columns.
std::string side_by_side(const std::vector<std::vector<std::string>>& columns, std::size_t width, std::size_t gutter) {
  std::size_t rows = 0;
  for (const auto& c : columns) rows = std::max(rows, c.size());
  std::string out;
  for (std::size_t r = 0; r < rows; ++r) {
    std::string line;
    for (std::size_t k = 0; k < columns.size(); ++k) {
      if (k) line.append(k * (width + gutter) - chars(line), ' ');
      if (r < columns[k].size()) line += columns[k][r];
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + '\n';
  }
  return out;
}

std::vector<std::string> nonblank_lines(std::string_view text) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from < text.size()) {
    std::size_t end = text.find('\n', from);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(from, end - from));
    line.erase(0, line.find_first_not_of(' '));
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (!line.empty()) out.push_back(line);
    from = end + 1;
  }
  return out;
}

// The nonblank lines of text under its first, the head over a band.
std::vector<std::string> lines_under_head(std::string_view text) {
  std::vector<std::string> lines = nonblank_lines(text);
  REQUIRE(!lines.empty());
  lines.erase(lines.begin());
  return lines;
}

std::string sorted_ink(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != ' ' && c != '\n') out += c;
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("columns: a grid of side-by-side columns reads back a column at a time", "[columns]") {
  std::mt19937 rng(20261202);
  for (int round = 0; round < 300; ++round) {
    const bool cjk = round % 2 == 0;
    const std::size_t width = cjk ? 8 + rng() % 14 : 24 + rng() % 30;
    const std::size_t count = 2 + rng() % 3;
    const std::size_t gutter = 2 + rng() % 4;  // (a page needs lines with two spaces in a row to be read so)
    const std::size_t rows = 6 + rng() % 30;
    std::vector<std::vector<std::string>> columns;
    std::vector<std::string> expected;
    for (std::size_t k = 0; k < count; ++k) {
      // (The last column may end early: a story rarely fills its last column.)
      const std::size_t height = k + 1 == count ? rows - rng() % (rows / 2) : rows;
      columns.push_back(column_text(rng, cjk, width, height, rng() % 2 == 0));
      for (const std::string& l : columns.back()) expected.push_back(l.substr(l.find_first_not_of(' ')));
    }
    const std::string page = side_by_side(columns, width, gutter);
    INFO("round " << round << ":\n" << page);
    const auto unfolded = unfold_side_by_side(page);
    REQUIRE(unfolded);
    CHECK(nonblank_lines(unfolded->text) == expected);
    CHECK(unfolded->page_lines == rows);
    CHECK(unfolded->rows_unfolded == rows);
    REQUIRE(unfolded->source.size() == static_cast<std::size_t>(std::count(unfolded->text.begin(), unfolded->text.end(), '\n')));
    CHECK(std::all_of(unfolded->source.begin(), unfolded->source.end(), [&](std::uint32_t s) { return s < rows; }));
  }
}

TEST_CASE("columns: stories stacked on one grid are read a story at a time", "[columns]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 100; ++round) {
    const bool cjk = round % 2 == 1;
    const std::size_t width = cjk ? 12 + rng() % 6 : 30 + rng() % 10, gutter = 3;
    std::string page;
    std::vector<std::string> expected;
    for (int story = 0; story < 3; ++story) {
      std::vector<std::vector<std::string>> columns;
      for (int k = 0; k < 3; ++k) columns.push_back(column_text(rng, cjk, width, 5 + rng() % 6, false));
      if (story) page += "\n";
      // A head across the story's columns, or none (the blank line parts the stories).
      if (rng() % 2) {
        std::string head;
        for (std::size_t k = 0; k < (cjk ? width + 4 : 0); ++k) append_utf8(head, static_cast<char32_t>(0x4E00 + rng() % 3000));
        if (!cjk) head = "Head of story " + std::to_string(story) + " across the columns of the page below";
        page += head + "\n";
        expected.push_back(head);
      }
      page += side_by_side(columns, width, gutter);
      for (const auto& c : columns)
        for (const std::string& l : c) expected.push_back(l);
    }
    INFO(page);
    const auto unfolded = unfold_side_by_side(page);
    REQUIRE(unfolded);
    CHECK(nonblank_lines(unfolded->text) == expected);
  }
}

TEST_CASE("columns: nothing but the spaces between columns changes, whatever the page", "[columns]") {
  std::mt19937 rng(99);
  const char* pieces[] = {"  ", "   ", " ", "ab", "word", "中文", "。", "12.5", "\n", "\n\n", "x", "        ", "\xE4\xB8"};
  for (int round = 0; round < 3000; ++round) {
    std::string page;
    const std::size_t n = 20 + rng() % 400;
    for (std::size_t k = 0; k < n; ++k) page += pieces[rng() % std::size(pieces)];
    const auto unfolded = unfold_side_by_side(page);
    if (!unfolded) continue;
    INFO(page);
    CHECK(sorted_ink(unfolded->text) == sorted_ink(page));
  }
  // And on grids, where it does unfold:
  for (int round = 0; round < 200; ++round) {
    std::vector<std::vector<std::string>> columns;
    for (int k = 0; k < 3; ++k) columns.push_back(column_text(rng, round % 2, 14, 8, true));
    const std::string page = side_by_side(columns, 14 + rng() % 3, 1 + rng() % 2);
    const auto unfolded = unfold_side_by_side(page);
    if (unfolded) CHECK(sorted_ink(unfolded->text) == sorted_ink(page));
  }
}

TEST_CASE("columns: a page copied column by column, or a table, is left as it is", "[columns]") {
  std::mt19937 rng(3);
  for (int round = 0; round < 100; ++round) {
    const bool cjk = round % 2 == 0;
    std::string page;
    for (const std::string& l : column_text(rng, cjk, cjk ? 14 : 40, 60, true)) {
      // (Two spaces after some sentences, as typists set them.)
      for (char c : l) {
        page += c;
        if (c == '.' && rng() % 2) page += ' ';
      }
      page += '\n';
    }
    CHECK_FALSE(unfold_side_by_side(page));
  }
  // A table of figures: its columns line up, but it reads by rows.
  std::string table;
  for (int r = 0; r < 12; ++r)
    table += "Team " + std::string(1, static_cast<char>('A' + r)) + "      " + std::to_string(10 + r) + "    " +
             std::to_string(3 + r % 4) + "    " + std::to_string(40 - r) + ".5\n";
  CHECK_FALSE(unfold_side_by_side(table));
}

TEST_CASE("columns: reflow reads a side-by-side page in column order, lines numbered by the page", "[columns]") {
  std::mt19937 rng(11);
  const auto left = column_text(rng, false, 36, 12, false), right = column_text(rng, false, 36, 12, false);
  std::string page = "A Head Over Two Columns\n\n" + side_by_side({left, right}, 36, 4);
  const galley::document d = galley::test::reflow_ok(page);
  CHECK(d.stats.side_by_side_lines >= 12);  // (the head over the columns may be read with them)
  CHECK(d.stats.input_lines == 14);
  std::string text;
  for (const galley::article& a : d.articles)
    for (const galley::block& b : a.blocks) text += b.text + " ";
  std::string expected;
  for (const auto* c : {&left, &right})
    for (const std::string& l : *c) expected += l + " ";
  // (Words, in order: the paragraphs may part where the sentences end.)
  CHECK(nonblank_lines(text) .size() == 1);
  std::string squeezed_text, squeezed_expected;
  for (char c : text) if (c != ' ') squeezed_text += c;
  for (char c : expected) if (c != ' ') squeezed_expected += c;
  CHECK(squeezed_text == squeezed_expected);
  // The right column's text came from the page's lines 3 to 14.
  for (const galley::article& a : d.articles)
    for (const galley::block& b : a.blocks)
      for (const galley::line_range& r : b.lines) {
        CHECK(r.first >= 3);
        CHECK(r.last <= 14);
        CHECK(r.first <= r.last);
      }
}

TEST_CASE("columns: bands whose gutters lie a few characters apart are each read a column at a time", "[columns]") {
  // pdftotext -layout pushes a column's text right where the text left of it is wider than
  // its place, so one band's column edge can be a few characters off another's: too close
  // to be told from an indent in one count of the whole page.
  // A heuristic's floor, like the generated pages' (read with one count of the page, 66 of
  // these 100 pages came back whole; with rounds, 90).
  std::mt19937 rng(20261203);
  int whole = 0;
  for (int round = 0; round < 100; ++round) {
    const bool cjk = round % 2 == 0;
    const std::size_t width = cjk ? 10 + rng() % 8 : 26 + rng() % 20, shift = 3 + rng() % 3;
    std::string page;
    std::vector<std::string> expected;
    for (int band = 0; band < 2; ++band) {
      const std::size_t w = band == 0 ? width : width + shift;
      std::vector<std::vector<std::string>> columns;
      // (Full lines: a band of columns whose lines mostly fill them, as a story's body.)
      const std::size_t rows = 6 + rng() % 6;
      for (int k = 0; k < 2; ++k) {
        columns.emplace_back();
        while (columns.back().size() < rows)
          for (std::string& l : column_text(rng, cjk, w, rows, false))
            if (chars(l) + 4 >= w && columns.back().size() < rows) columns.back().push_back(std::move(l));
      }
      if (band) page += "\n";
      page += side_by_side(columns, w, 2);
      for (const auto& c : columns)
        for (const std::string& l : c) expected.push_back(l);
    }
    const auto unfolded = unfold_side_by_side(page);
    whole += unfolded && nonblank_lines(unfolded->text) == expected;
  }
  INFO(whole << " of 100 pages read back whole");
  CHECK(whole >= 85);
}

TEST_CASE("columns: heads side by side over their stories' columns each come before their columns", "[columns]") {
  // A row of heads over a band of columns, one story under each: the second story's head
  // wider than one column, across the gutter between its two columns. Each head is read
  // before its own columns, not all the heads first.
  std::mt19937 rng(11);
  for (int round = 0; round < 100; ++round) {
    const bool cjk = round % 2 == 1;
    const std::size_t width = cjk ? 12 + rng() % 6 : 30 + rng() % 10, gutter = 3;
    std::vector<std::vector<std::string>> columns;
    const std::size_t rows = 8 + rng() % 8;
    for (int k = 0; k < 3; ++k) columns.push_back(column_text(rng, cjk, width, rows, false));
    std::string heads[2];
    const std::size_t wide = width + gutter + 2 + rng() % (width - 4);  // (across the gutter between its columns)
    for (int h = 0; h < 2; ++h) {
      const std::size_t length = h == 0 ? width / 2 + rng() % (width / 3) : wide;
      if (cjk) {
        for (std::size_t k = 0; k < length; ++k) append_utf8(heads[h], static_cast<char32_t>(0x4E00 + rng() % 3000));
      } else {
        while (heads[h].size() < length) heads[h] += (heads[h].empty() ? "Head" : " word");
        heads[h].resize(length);
        while (heads[h].back() == ' ') heads[h].pop_back();
      }
    }
    std::string page = "Masthead of the page\n\n" + side_by_side({{heads[0]}, {heads[1]}}, width, gutter) + side_by_side(columns, width, gutter);
    std::vector<std::string> expected = {"Masthead of the page", heads[0]};
    for (const std::string& l : columns[0]) expected.push_back(l);
    expected.push_back(heads[1]);
    for (int k = 1; k < 3; ++k)
      for (const std::string& l : columns[k]) expected.push_back(l);
    INFO(page);
    const auto unfolded = unfold_side_by_side(page);
    REQUIRE(unfolded);
    CHECK(nonblank_lines(unfolded->text) == expected);
  }
}

TEST_CASE("columns: a row of heads right under running columns ends their stories", "[columns]") {
  // pdftotext -layout sets the heads of a row of boxes right under the lead's columns, no
  // blank line between: read as one band, each of the lead's columns ran on into the head and
  // text of the box under it. The row of heads parts the band: the lead's columns first, then
  // each head and its box.
  const std::vector<std::string> lead1 = {"  今年以来，滨江港口货物吞吐", "量稳步增长，集装箱航线不断加",
                                          "密，港区作业效率明显提升。港", "口方面表示，将继续优化服务，"};
  const std::vector<std::string> lead2 = {"进一步降低企业物流成本，助力", "地方外贸企业拓展海外市场。",
                                          "  据介绍，新建的智能闸口已", "投入使用，车辆通关时间缩短。"};
  const std::vector<std::string> box1 = {"  本月起，滨江港至南洋的", "新航线每周往返两班，货主", "可提前在线预约舱位。"};
  const std::vector<std::string> box2 = {"  新学期开始，青石乡小学", "的孩子们搬进了宽敞明亮的", "新教室，图书室也已开放。"};
  const auto page_with = [&](const std::string& head1, const std::string& head2,
                             const std::vector<std::string>& under1, const std::vector<std::string>& under2) {
    std::vector<std::string> left = lead1, right = lead2;
    left.push_back(head1), right.push_back(head2);
    left.insert(left.end(), under1.begin(), under1.end());
    right.insert(right.end(), under2.begin(), under2.end());
    return "滨江日报\n\n" + side_by_side({left, right}, 16, 3);
  };
  const auto strip = [](std::vector<std::string> lines) {
    for (std::string& l : lines) l.erase(0, l.find_first_not_of(' '));
    return lines;
  };
  // Each of the two columns read whole, its line of the row and the lines under it with it.
  const auto column_at_a_time = [&](const std::string& line1, const std::string& line2,
                                    const std::vector<std::string>& under1, const std::vector<std::string>& under2) {
    std::vector<std::string> expected = {"滨江日报"};
    expected.insert(expected.end(), lead1.begin(), lead1.end());
    expected.push_back(line1);
    expected.insert(expected.end(), under1.begin(), under1.end());
    expected.insert(expected.end(), lead2.begin(), lead2.end());
    expected.push_back(line2);
    expected.insert(expected.end(), under2.begin(), under2.end());
    return expected;
  };
  const auto check_read = [&](const std::string& page, const std::vector<std::string>& expected) {
    INFO(page);
    const auto unfolded = unfold_side_by_side(page);
    REQUIRE(unfolded);
    CHECK(nonblank_lines(unfolded->text) == strip(expected));
  };
  {
    const std::string page = page_with("港口新航线开通", "山区小学新校舍", box1, box2);
    std::vector<std::string> expected = {"滨江日报"};
    for (const auto* part : {&lead1, &lead2}) expected.insert(expected.end(), part->begin(), part->end());
    expected.push_back("港口新航线开通");
    expected.insert(expected.end(), box1.begin(), box1.end());
    expected.push_back("山区小学新校舍");
    expected.insert(expected.end(), box2.begin(), box2.end());
    check_read(page, expected);
  }
  {
    // Lines of text that stop short of a clause mark are no heads: the band is read whole, a
    // column at a time.
    const std::string page = page_with("港方还将开通更多航线并扩大", "学校还将新建一座体育馆和食", box1, box2);
    check_read(page, column_at_a_time("港方还将开通更多航线并扩大", "学校还将新建一座体育馆和食", box1, box2));
  }
  {
    // Nor are paragraphs' short first lines whose words the lines under them finish.
    const std::vector<std::string> rest1 = {"线，每周往返两班，货主", "可提前在线预约舱位。"};
    const std::vector<std::string> rest2 = {"舍，孩子们搬进了宽敞明亮", "的新教室。"};
    const std::string page = page_with("新开的“南洋”航", "小学迎来新校", rest1, rest2);
    check_read(page, column_at_a_time("新开的“南洋”航", "小学迎来新校", rest1, rest2));
  }
}

TEST_CASE("columns: two spaces in a row are found where find() finds them", "[columns]") {
  // Pages of letters, spaces and line ends, the spaces often in pairs and runs, read from
  // every start: the pairs inside sixteen bytes, across their edges and in the last bytes.
  std::mt19937 rng(41);
  const std::string bytes = "ab  \n\xE4\xB8\xAD ";
  for (int round = 0; round < 3000; ++round) {
    std::string page;
    for (std::size_t n = rng() % 80; n-- > 0;) page += bytes[rng() % bytes.size()];
    for (std::size_t from = 0; from <= page.size(); ++from)
      REQUIRE(galley::detail::next_double_space(page, from) == page.find("  ", from));
  }
}

TEST_CASE("columns: runs of spaces that only span an edge do not make it a gutter", "[columns]") {
  // As `pdftotext -layout` prints a justified English column beside another: a short
  // line's words padded to the column's width. Runs of spaces pass the same character on
  // the heads' lines and the padded ones, but few lines have a word start there; the
  // page's one gutter is the right column's edge, where every line's text starts.
  const std::string page =
      "Markets Hold Steady                          Council Backs Wider Harbour Road\n"
      "After Long Week                              By Ann Lee\n"
      "Overview                                     The council voted on Tuesday to widen the road\n"
      "Shipping         companies      reported     along the harbour after months of complaints\n"
      "late,            the     largest  carriers   about traffic at the old bridge.\n"
      "said             traders      who  watched\n"
      "the market close on Friday evening\n"
      "                                             Work is to start in the spring and run for\n"
      "and saw prices end little changed.\n"
      "                                             two years, the council said.\n";
  const auto unfolded = unfold_side_by_side(page);
  REQUIRE(unfolded);
  INFO(unfolded->text);
  const std::vector<std::string> expected = {
      "Markets Hold Steady",
      "After Long Week",
      "Overview",
      "Shipping         companies      reported",
      "late,            the     largest  carriers",
      "said             traders      who  watched",
      "the market close on Friday evening",
      "and saw prices end little changed.",
      "Council Backs Wider Harbour Road",
      "By Ann Lee",
      "The council voted on Tuesday to widen the road",
      "along the harbour after months of complaints",
      "about traffic at the old bridge.",
      "Work is to start in the spring and run for",
      "two years, the council said.",
  };
  CHECK(nonblank_lines(unfolded->text) == expected);
}

TEST_CASE("columns: a justified column's padded words just left of the next column's edge do not hide it", "[columns]") {
  // Words of the padded lines start a few characters left of the right column's edge, within
  // an indent's reach of it: read as the edge, they hid it, and no line was cut.
  const std::string page =
      "Shipping Lines Report                          Council Backs Wider Harbour Road\n"
      "Slower Spring Trade                            By Ann Lee\n"
      "Shipping      companies     reported   loss    The council voted on Tuesday to widen the\n"
      "late,       and    the    largest    carrier   road along the harbour after months of\n"
      "said   that    its   freight   rates   would   complaints about traffic at the old bridge.\n"
      "fall  again,   while   smaller   firms   are   Work is to start in the spring and run for\n"
      "hoping     for     a     stronger     summer.  two years, the council said, and the road\n"
      "Traders said the quarter was the weakest       will stay open while it is built.\n"
      "since the start of the decade.\n";
  const auto unfolded = unfold_side_by_side(page);
  REQUIRE(unfolded);
  INFO(unfolded->text);
  const std::vector<std::string> expected = {
      "Shipping Lines Report",
      "Slower Spring Trade",
      "Shipping      companies     reported   loss",
      "late,       and    the    largest    carrier",
      "said   that    its   freight   rates   would",
      "fall  again,   while   smaller   firms   are",
      "hoping     for     a     stronger     summer.",
      "Traders said the quarter was the weakest",
      "since the start of the decade.",
      "Council Backs Wider Harbour Road",
      "By Ann Lee",
      "The council voted on Tuesday to widen the",
      "road along the harbour after months of",
      "complaints about traffic at the old bridge.",
      "Work is to start in the spring and run for",
      "two years, the council said, and the road",
      "will stay open while it is built.",
  };
  CHECK(nonblank_lines(unfolded->text) == expected);
}

TEST_CASE("columns: double-spaced columns are read a column at a time, not a row at a time", "[columns]") {
  // pdftotext -layout gives each printed line a row of its own, with a blank row between,
  // where the columns' baselines do not line up: a blank row across the columns is then
  // spacing, not the end of a story stacked over another.
  std::mt19937 rng(20261203);
  for (int round = 0; round < 100; ++round) {
    const bool cjk = round % 2 == 1;
    const std::size_t width = cjk ? 10 + rng() % 8 : 26 + rng() % 14;
    const std::size_t count = 2 + rng() % 3, rows = 6 + rng() % 12;
    std::vector<std::vector<std::string>> columns;
    std::vector<std::string> expected;
    for (std::size_t k = 0; k < count; ++k) {
      columns.push_back(column_text(rng, cjk, width, rows, false));
      for (const std::string& l : columns.back()) expected.push_back(l);
    }
    std::string page;
    const std::string single = side_by_side(columns, width, 3);
    for (char c : single) {
      page += c;
      if (c == '\n') page += '\n';
    }
    INFO("round " << round << ":\n" << page);
    const auto unfolded = unfold_side_by_side(page);
    REQUIRE(unfolded);
    CHECK(nonblank_lines(unfolded->text) == expected);
  }
}

TEST_CASE("columns: a line set apart by blank rows inside running columns does not end their band", "[columns]") {
  // One printed line whose baseline is off the others' gets a row of its own, a blank row
  // over and under it, in the middle of sentences: still one band, read a column at a time.
  const std::string page =
      "The board said it will not open       Grain traders went on saying\n"
      "more free-standing centers and        that the government will offer\n"
      "\n"
      "is looking at the opening of          cheap wheat to the buyers, while\n"
      "\n"
      "general centers and other lines       officials said there was nothing\n"
      "of business as the market grows.      to the reports at all.\n";
  const auto unfolded = unfold_side_by_side(page);
  REQUIRE(unfolded);
  INFO(unfolded->text);
  const std::vector<std::string> expected = {
      "The board said it will not open", "more free-standing centers and", "is looking at the opening of",
      "general centers and other lines", "of business as the market grows.", "Grain traders went on saying",
      "that the government will offer", "cheap wheat to the buyers, while", "officials said there was nothing",
      "to the reports at all."};
  CHECK(nonblank_lines(unfolded->text) == expected);
  // A row of a credit, a line and a head alone between blank rows, under lines that end
  // sentences, parts two sections read across the page: they stay apart.
  const std::string sections =
      "The company said it will sell the unit    The sale is due to close in April\n"
      "to a group of investors for cash.         and needs the approval of holders.\n"
      "\n"
      "(Reuters)                                 Bank Raises Its Prime Rate\n"
      "\n"
      "The bank said it raised its prime rate    The new rate takes effect today,\n"
      "to 7.75 pct from 7.50 pct.                the bank said in a statement.\n";
  const auto read = unfold_side_by_side(sections);
  REQUIRE(read);
  INFO(read->text);
  const std::vector<std::string> lines = nonblank_lines(read->text);
  REQUIRE(lines.size() == 10);
  CHECK(lines[3] == "and needs the approval of holders.");
  CHECK(lines[4] == "(Reuters)");
}

TEST_CASE("columns: blank rows between lines whose words all stand two spaces apart still part a band", "[columns]") {
  // pdfminer sets a justified line's words two spaces apart, a blank line under some lines:
  // words line up here and there as if in columns, but those blank rows are no double-spaced
  // columns' spacing.
  const std::string page =
      "established  that  small  freight  service\n"
      "with  a  provisional  310,000  gross  tons\n"
      "\n"
      "More  than  7  mln  quintals  of  maize-\n"
      "\n"
      "214,600  tons  in  November  from  219,800\n"
      "van  deliveries  softened  to  412,375  from\n"
      "acquisition  of  Halden  Trust  Corp  in  an\n";
  const auto unfolded = unfold_side_by_side(page);
  INFO((unfolded ? unfolded->text : std::string("(read as it is)")));
  // (Whatever the words that line up make of each stretch of lines between blank rows, the
  // blank rows still part them: a line's last words come before the next stretch.)
  const std::vector<std::string> lines = nonblank_lines(unfolded ? unfolded->text : page);
  const auto at = std::find(lines.begin(), lines.end(), "More  than  7  mln  quintals");
  REQUIRE(at != lines.end());
  REQUIRE(at + 1 != lines.end());
  CHECK(*(at + 1) == "of  maize-");
}

TEST_CASE("columns: a justified column's last words, padded to its edge, are no column of their own", "[columns]") {
  // pdftotext -layout pads a narrow justified column's short lines with runs of spaces: their
  // last words end at the column's edge and start where their lengths put them, close enough
  // on some lines to look like a column's edge. A column's first words end where their
  // lengths say, not all at one place.
  const std::string page =
      "The       harbour       board       agreed\n"
      "to sell its bonds at par today,\n"
      "the underwriter said in a note.\n"
      "The    second    issue    carries    notes\n"
      "due in the year after next, and\n"
      "Piedmont      also     received     offers\n"
      "from two lenders for the stock.\n"
      "A      treasurer     said     he     would\n"
      "not comment on the bid at all.\n"
      "Shares       rose      sharply      today.\n"
      "The board meets again in March.\n"
      "Dealers       said       trading       was\n"
      "quiet and prices held steady.\n"
      "Analysts      expect     little     change\n"
      "before the end of the month.\n";
  const auto unfolded = unfold_side_by_side(page);
  INFO((unfolded ? unfolded->text : std::string("(read as it is)")));
  CHECK((!unfolded || nonblank_lines(unfolded->text) == nonblank_lines(page)));
}

TEST_CASE("columns: a head and byline under a band, over a story set across its gutter, go with that story", "[columns]") {
  // The head and byline fit the band's first column, and a head of a column further right
  // stands on their lines; the story they head is set across the band's gutter. Read as the
  // band's, they came before the band's second column and apart from their story.
  const std::string page =
      "                                          Harbour Bonds Sold In Three Parts\n"
      "The harbour board is raising 137 mln      through an offering of bonds due\n"
      "dlrs through three issues of secured      2006, given an 8-3/4 pct coupon\n"
      "bonds, its underwriter said. A first      and priced to yield 115 points\n"
      "issue of 31 mln dlrs was given an         over Treasuries. The last issue\n"
      "8-1/4 pct coupon and priced at par        totals 65 mln dlrs of bonds due\n"
      "to yield 112 points over Treasuries       2011, also priced at par.\n"
      "and a second issue of 40 mln dlrs\n"
      "\n"
      "Rating Agency Lifts Insurer's Grade                                             Fed Drafts Swap\n"
      "By Tom Becker                                                                   Risk Gauge\n"
      "The agency said it raised the rating of the insurance unit of the group,        The Fed voted to\n"
      "a unit of the largest lender in the state, citing its new capital plan.         propose a formula\n"
      "The agency said the plan was backed by the parent's own strong rating.          for the risk of\n"
      "                                                                                rate swaps.\n";
  const auto unfolded = unfold_side_by_side(page);
  REQUIRE(unfolded);
  INFO(unfolded->text);
  const std::vector<std::string> lines = nonblank_lines(unfolded->text);
  const auto after = [&](const std::string& line) {
    const auto at = std::find(lines.begin(), lines.end(), line);
    return at == lines.end() || at + 1 == lines.end() ? std::string() : *(at + 1);
  };
  CHECK(after("2011, also priced at par.") == "Rating Agency Lifts Insurer's Grade");
  CHECK(after("By Tom Becker") == "The agency said it raised the rating of the insurance unit of the group,");
  CHECK(after("Risk Gauge") == "The Fed voted to");
}

TEST_CASE("columns: a band's edge an indent's reach off a stronger edge of another band is read too", "[columns]") {
  // Three columns over two, the upper band's second gutter six characters right of the
  // lower band's only one (pdftotext -layout sets one page's columns at positions a little
  // apart from band to band). Counted together, the lower band's edge took the upper's
  // lines as its support and hid the upper's edge; the upper band's lines, cut at its first
  // gutter already, did not count again, and its last two columns were read as one.
  char32_t next = 0x4E00;
  const auto ideographs = [&](std::size_t count) {
    std::string s;
    for (std::size_t k = 0; k < count; ++k) append_utf8(s, next++);
    return s;
  };
  std::vector<std::vector<std::string>> upper(3), lower(2);
  std::string page;
  for (int r = 0; r < 5; ++r) {
    for (std::size_t c = 0; c < 3; ++c) upper[c].push_back(ideographs(c == 1 ? 20 : 14));
    page += upper[0].back() + "  " + upper[1].back() + "  " + upper[2].back() + "\n";
  }
  page += "\n";
  for (int r = 0; r < 8; ++r) {
    for (std::size_t c = 0; c < 2; ++c) lower[c].push_back(ideographs(c == 0 ? 30 : 14));
    page += lower[0].back() + "  " + lower[1].back() + "\n";
  }
  std::vector<std::string> expected;
  for (const auto& column : upper) expected.insert(expected.end(), column.begin(), column.end());
  for (const auto& column : lower) expected.insert(expected.end(), column.begin(), column.end());
  INFO(page);
  const auto unfolded = unfold_side_by_side(page);
  REQUIRE(unfolded);
  CHECK(nonblank_lines(unfolded->text) == expected);
}

namespace {

// Columns as pdftotext's default mode prints them where the gutter is narrow: a row of the
// columns to a line, one space between, but a row's pieces after a paragraph's short last
// line on a line of their own.
std::string joined_rows(const std::vector<std::vector<std::string>>& columns, std::size_t width, std::size_t first_row) {
  std::string out;
  for (std::size_t r = 0; r < columns.back().size(); ++r) {
    std::string line;
    for (std::size_t k = 0; k < columns.size(); ++k) {
      if (k == 0 && r < first_row) continue;
      const std::string& piece = columns[k][k == 0 ? r - first_row : r];
      if (!line.empty()) line += ' ';
      line += piece;
      if (chars(piece) < width && k + 1 < columns.size()) {
        out += line + '\n';
        line.clear();
      }
    }
    if (!line.empty()) out += line + '\n';
  }
  return out;
}

}  // namespace

TEST_CASE("columns: rows of Chinese columns a line each, a space apart, read back a column at a time", "[columns]") {
  using galley::detail::unfold_joined_rows;
  std::mt19937 rng(20261203);
  for (int round = 0; round < 200; ++round) {
    const std::size_t width = 10 + rng() % 10, count = 2 + rng() % 3, rows = 8 + rng() % 20;
    // (The first column's text may start a row lower: a byline over it, printed elsewhere.)
    const std::size_t first_row = rng() % 2;
    std::vector<std::vector<std::string>> columns;
    std::vector<std::string> expected;
    for (std::size_t k = 0; k < count; ++k) {
      columns.push_back(column_text(rng, true, width, k == 0 ? rows - first_row : rows, false));
      // (A paragraph's last line of one character is no piece of its own a reader could
      // place: the rows are read as full.)
      for (std::string& l : columns.back())
        if (chars(l) < 2) l = "\xE4\xB8\x80\xE3\x80\x82";
      // (Nor can the top row's, the first column's text a row lower, be told from the
      // bottom row's if one of them ends a paragraph: they are full lines.)
      if (first_row)
        while (chars(columns.back().front()) < width) columns.back().front() += "\xE4\xB8\x80";
    }
    for (const auto& c : columns) expected.insert(expected.end(), c.begin(), c.end());
    const std::string head = "\xE6\x9C\xAC\xE6\x8A\xA5\xE8\xAE\xAF\n\n";  // (a head over the band, apart)
    const std::string page = head + joined_rows(columns, width, first_row);
    INFO("round " << round << ":\n" << page);
    const auto unfolded = unfold_joined_rows(page);
    REQUIRE(unfolded);
    CHECK(lines_under_head(unfolded->text) == expected);
    CHECK(sorted_ink(unfolded->text) == sorted_ink(page));
    REQUIRE(unfolded->source.size() == static_cast<std::size_t>(std::count(unfolded->text.begin(), unfolded->text.end(), '\n')));
  }
}

TEST_CASE("columns: a joined row's line spread a space after every character is one piece", "[columns]") {
  // A narrow justified column's line with a figure in it is spread, a space after each
  // character: cut at every space it made a line of more pieces than a page has columns, and
  // the whole band was left as printed.
  using galley::detail::unfold_joined_rows;
  char32_t next = 0x6100;
  const auto ideographs = [&](std::size_t count) {
    std::string s;
    for (std::size_t k = 0; k < count; ++k) append_utf8(s, next++);
    return s;
  };
  std::vector<std::vector<std::string>> columns(3);
  for (std::size_t r = 0; r < 8; ++r)
    for (std::size_t c = 0; c < 3; ++c) {
      std::string line = ideographs(10);
      if (r == 4 && c == 1) {
        std::string spread;
        for (std::size_t k = 0; k < line.size(); k += 3) spread += (k ? " " : "") + line.substr(k, 3);
        line = spread;
      }
      columns[c].push_back(line);
    }
  std::string page = "\xE6\x9C\xAC\xE6\x8A\xA5\xE8\xAE\xAF\n\n";
  for (std::size_t r = 0; r < 8; ++r) page += columns[0][r] + ' ' + columns[1][r] + ' ' + columns[2][r] + '\n';
  std::vector<std::string> expected;
  for (const auto& c : columns) expected.insert(expected.end(), c.begin(), c.end());
  INFO(page);
  const auto unfolded = unfold_joined_rows(page);
  REQUIRE(unfolded);
  CHECK(lines_under_head(unfolded->text) == expected);
}

TEST_CASE("columns: Chinese lines with a space or two of their own are no joined rows", "[columns]") {
  using galley::detail::unfold_joined_rows;
  // Bylines, dates and captions keep a space between ideographs, but their pieces are short;
  // a head and its deck on one line happen once, not on three lines of a run.
  const std::string page =
      "本报记者 王明\n2026年3月1日 星期五\n"
      "习近平会见莫桑比克总理强调深化合作 共同书写下一个更加辉煌的五十年\n"
      "央视网消息（新闻联播）：10月14日上午，国家主席习近平在北京人民大会堂会见来华出席全球妇女峰会的莫桑比克总理。\n"
      "周宁 摄（新华社发）\n"
      "在新疆玛纳斯的万亩棉田里。新华社记者 刘晨光 摄\n";
  CHECK_FALSE(unfold_joined_rows(page));
}

TEST_CASE("columns: reflow reads rows of Chinese columns a single space apart in column order", "[columns]") {
  std::mt19937 rng(12);
  std::vector<std::vector<std::string>> columns;
  for (int k = 0; k < 3; ++k) {
    columns.push_back(column_text(rng, true, 14, 10, false));
    for (std::string& l : columns.back())
      while (chars(l) < 14) l += "\xE4\xB8\x80";  // (full lines: one row a line)
  }
  const std::string page = "\xE6\x9C\xAC\xE6\x8A\xA5\xE8\xAE\xAF\n\n" + joined_rows(columns, 14, 0);
  const galley::document d = galley::test::reflow_ok(page);
  CHECK(d.stats.side_by_side_lines == 10);
  CHECK(d.stats.input_lines == 12);
  std::string text, expected;
  for (const galley::article& a : d.articles)
    for (const galley::block& b : a.blocks) text += b.text;
  for (const auto& c : columns)
    for (const std::string& l : c) expected += l;
  CHECK(text.find(expected) != std::string::npos);
}

TEST_CASE("columns: lines of more pieces than a page has columns are no rows of columns", "[columns]") {
  using galley::detail::unfold_joined_rows;
  // (Nor are they read as such: placing a band's pieces takes time by pieces times columns.)
  std::string line;
  for (int k = 0; k < 2000; ++k) line += "中文中文中文中文中文 ";
  const std::string page = line + "\n" + line + "\n" + line + "\n";
  CHECK_FALSE(unfold_joined_rows(page));
}

namespace {

// A narrow Chinese column's lines, `width` ems each: ideographs, and now and then a two-digit
// figure set off by spaces, as a copy sets it ("股指 23 日"): it takes an em on the page but
// four characters, so its line is longer than the others.
std::vector<std::string> narrow_column_with_figures(std::mt19937& rng, std::size_t width, std::size_t lines) {
  std::vector<std::string> out;
  for (std::size_t l = 0; l < lines; ++l) {
    std::string line;
    // (At the line's start or end as often as inside it: a space after it there touches the
    // next column's text.)
    const std::size_t figure_at = rng() % 3 != 0 ? width : rng() % 2 ? (rng() % 2 ? 0 : width - 1) : 1 + rng() % (width - 2);
    for (std::size_t k = 0; k < width; ++k) {
      if (k == figure_at) {
        if (k > 0) line += ' ';
        line += std::to_string(10 + rng() % 90);
        if (k + 1 < width) line += ' ';
        continue;
      }
      append_utf8(line, static_cast<char32_t>(0x4E00 + rng() % 3000));
    }
    out.push_back(line);
  }
  return out;
}

// Columns side by side as pdftotext -layout sets them: each column at its character position,
// unless the text left of it runs past that: then one space after that text.
std::string side_by_side_pushed(const std::vector<std::vector<std::string>>& columns, std::size_t width, std::size_t gutter) {
  std::string out;
  for (std::size_t r = 0; r < columns[0].size(); ++r) {
    std::string line;
    for (std::size_t k = 0; k < columns.size(); ++k) {
      if (k) line.append(chars(line) < k * (width + gutter) ? k * (width + gutter) - chars(line) : 1, ' ');
      line += columns[k][r];
    }
    out += line + '\n';
  }
  return out;
}

// A random line for the joined rows' tests: ideographs, CJK marks, spaces and tabs, Latin
// letters and digits, curly quotes and dashes (a space after a character of several bytes
// that is no ideograph), a four-byte character and a stray continuation byte. Either long
// runs of ideographs, so that pieces of eight characters and more come often, or
// ideographs spaced before letters (no cut there) and one run of three ideographs, the
// line's only nine bytes without a space, the next cut at times far after it.
std::string joined_row_test_line(std::mt19937& rng) {
  static const char* const parts[] = {"\xE4\xB8\xAD", "\xE6\x96\x87", "\xE3\x80\x82", "\xEF\xBC\x8C", "\xE3\x80\x8C", " ",
                                      " ", "\t", "a", "7", "\xE2\x80\x9D", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "\x80", "\xC3\xA9"};
  std::string line;
  if (rng() % 4 == 0) {
    // Latin words first, 64 bytes of ASCII at times, then a CJK mark or an ideograph before
    // a cut, and a piece with no nine bytes unspaced ("中 a中 a…"): the line's run, if any,
    // among the words.
    for (std::size_t n = rng() % 14; n-- > 0; line += ' ')
      for (std::size_t k = 1 + rng() % 12; k-- > 0;) line += static_cast<char>('a' + rng() % 26);
    for (std::size_t n = rng() % 3; n-- > 0;) line += rng() % 2 ? "\xE3\x80\x82 " : "\xE4\xB8\xAD \xE6\x96\x87";
    for (std::size_t n = rng() % 6; n-- > 0;) line += "\xE4\xB8\xAD a";
    return line;
  }
  if (rng() % 2) {
    static const char* const spread[] = {"\xE4\xB8\xAD a ", "\xE4\xB8\xAD 7", "\xE4\xB8\xAD \xE6\x96\x87", "\xE3\x80\x82 ", " "};
    const std::size_t n = rng() % 40, run = rng() % (n + 1);
    for (std::size_t k = 0; k < n; ++k) {
      if (k == run) {
        line += "\xE5\x9B\xBD\xE5\x9B\xBD\xE5\x9B\xBD";
        for (std::size_t f = rng() % 2 ? rng() % 40 : 0; f-- > 0;) line += "a ";  // (no cut a while after it)
      }
      line += spread[rng() % (sizeof spread / sizeof spread[0])];
    }
    return line;
  }
  for (std::size_t n = rng() % 60; n-- > 0;) {
    if (rng() % 3 == 0) {
      for (std::size_t k = 4 + rng() % 10; k-- > 0;) line += "\xE5\x9B\xBD";
    } else {
      line += parts[rng() % (sizeof parts / sizeof parts[0])];
    }
  }
  return line;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

TEST_CASE("columns: narrow Chinese columns pushed right by a figure's line are still read a column at a time", "[columns]") {
  // Columns seven ideographs wide, two or three spaces apart: a line with a figure runs past
  // its column's edge and pushes the next column's text right, one space after it, the space
  // touching the figure as often as not. Those rows are the band's rows all the same.
  std::mt19937 rng(21);
  int whole = 0;
  for (int round = 0; round < 100; ++round) {
    const std::size_t width = 7, gutter = 2 + rng() % 2;
    std::vector<std::vector<std::string>> columns;
    for (int k = 0; k < 3; ++k) columns.push_back(narrow_column_with_figures(rng, width, 8));
    const std::string page = side_by_side_pushed(columns, width, gutter);
    std::vector<std::string> expected;
    for (const auto& c : columns)
      for (const std::string& l : c) expected.push_back(l);
    const auto unfolded = unfold_side_by_side(page);
    whole += unfolded && nonblank_lines(unfolded->text) == expected;
    if (round < 3) INFO(page);
  }
  INFO(whole << " of 100 pages read back whole");
  CHECK(whole >= 80);
}

TEST_CASE("columns: a line holds a joined row where its pieces say so", "[columns]") {
  // holds_joined_row() counts the long pieces without cutting the line: it must count those
  // joined_pieces() cuts, behind its two gates (a space after a character of several bytes,
  // nine bytes in a row without a space).
  std::mt19937 rng(2112);
  std::vector<std::string_view> pieces;
  std::size_t joined = 0;
  for (int round = 0; round < 20000; ++round) {
    const std::string line = joined_row_test_line(rng);
    bool space_after_multibyte = false, run = false;
    for (std::size_t k = 1; k < line.size(); ++k)
      space_after_multibyte = space_after_multibyte || (line[k] == ' ' && (static_cast<unsigned char>(line[k - 1]) & 0xC0) == 0x80);
    for (std::size_t k = 0, n = 0; k < line.size(); ++k) run = run || (n = line[k] == ' ' ? 0 : n + 1) >= 9;
    galley::detail::joined_pieces(trimmed(line), pieces);
    const auto long_pieces = std::count_if(pieces.begin(), pieces.end(), [](std::string_view p) { return chars(p) >= 8; });
    const bool expected = space_after_multibyte && run && long_pieces >= 2;
    joined += expected;
    INFO(line);
    REQUIRE(galley::detail::holds_joined_row(line) == expected);
  }
  CHECK(joined > 500);
}

TEST_CASE("columns: the lines that hold a joined row are found in one pass over the page", "[columns]") {
  // joined_row_lines() reads the page 64 bytes at a time: lines across those steps' edges,
  // long and short, blank, the last with and without a line end.
  std::mt19937 rng(2113);
  for (int round = 0; round < 3000; ++round) {
    std::string page;
    std::vector<std::uint32_t> expected;
    const std::size_t lines = rng() % 12;
    for (std::size_t l = 0; l < lines; ++l) {
      const std::string line = rng() % 5 == 0 ? std::string() : joined_row_test_line(rng);
      if (galley::detail::holds_joined_row(line)) expected.push_back(static_cast<std::uint32_t>(l));
      page += line;
      if (l + 1 < lines || rng() % 2) page += '\n';
    }
    INFO(page);
    REQUIRE(galley::detail::joined_row_lines(page) == expected);
  }
}
