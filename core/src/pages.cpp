// Pages: each through the stages on its own (see pages.hpp).
#include "pages.hpp"

#include <algorithm>

#include "articles.hpp"
#include "columns.hpp"
#include "interleave.hpp"
#include "layout.hpp"
#include "lines.hpp"
#include "rejoin.hpp"
#include "roles.hpp"
#include "text.hpp"
#include "units.hpp"

namespace galley::detail {

std::string language_of(const script_counts& n) {
  if (n.cjk == 0 && n.latin == 0) return "zh";
  const long major = std::max(n.cjk, n.latin), minor = std::min(n.cjk, n.latin);
  if (minor * 3 >= major) return "mixed";
  return n.cjk >= n.latin ? "zh" : "en";
}

namespace {

// Calls f on every list of line ranges doc holds from `from` on: headlines, decks, blocks
// and residue (a page's part of the document).
template <class F>
void each_line_ranges(document& doc, const document_sizes& from, F f) {
  for (std::size_t k = from.articles; k < doc.articles.size(); ++k) {
    article& a = doc.articles[k];
    f(a.headline_lines);
    for (auto& d : a.deck_lines) f(d);
    for (block& b : a.blocks) f(b.lines);
  }
  for (std::size_t k = from.residue; k < doc.residue.size(); ++k) f(doc.residue[k].lines);
}

// Where the lines of the text the stages read came from, when it is not the page's own:
// line l (0-based) of that text is made of the lines at[l] .. at[l + 1] - 1 of the text
// the columns were unfolded into (one each when none were rejoined: at null), each the
// page's line source[k] (itself when no columns were unfolded: source null).
struct line_origin {
  const std::vector<std::uint32_t>* at = nullptr;
  const std::vector<std::uint32_t>* source = nullptr;
  std::size_t lines() const { return at ? at->size() - 1 : source->size(); }
  // Calls f(page line, 1-based) for each line line l (1-based) of the text came from.
  template <class F>
  void each(std::uint32_t l, F f) const {
    if (l < 1 || l > lines()) return;
    const std::uint32_t from = at ? (*at)[l - 1] : l - 1, to = at ? (*at)[l] : l;
    for (std::uint32_t k = from; k < to; ++k)
      if (!source) f(k + 1);
      else if (k < source->size()) f((*source)[k] + 1);
  }
};

// Lines numbered by the text the stages read renumbered by the page's own lines: a range
// becomes the runs of page lines it came from.
void renumber(std::vector<line_range>& ranges, const line_origin& origin) {
  std::vector<line_range> out;
  for (const line_range& r : ranges)
    for (std::uint32_t l = r.first; l <= r.last && l >= 1 && l <= origin.lines(); ++l)
      origin.each(l, [&](std::uint32_t at) {
        if (!out.empty() && at == out.back().last) return;
        if (!out.empty() && at == out.back().last + 1) out.back().last = at;
        else out.push_back({at, at});
      });
  ranges = std::move(out);
}

void renumber(document& doc, const document_sizes& from, const line_origin& origin) {
  each_line_ranges(doc, from, [&](std::vector<line_range>& ranges) { renumber(ranges, origin); });
  for (std::size_t k = from.explanation; k < doc.explanation.size(); ++k) {
    std::uint32_t& l = doc.explanation[k].line;
    bool first = true;
    origin.each(l, [&](std::uint32_t at) {
      if (first) l = at;
      first = false;
    });
  }
}

}  // namespace

bool reflow_page(std::string_view input, const options& opts, document& doc, script_counts& scripts, articles_scratch& scratch) {
  layout lay;
  std::vector<unit> units;
  // A page whose columns were printed side by side is read column by column; its lines
  // are numbered by the page's own at the end.
  std::optional<unfolded_page> unfolded = unfold_side_by_side(input);
  // (Or printed a row to a line, the columns a single space apart, as pdftotext's default
  // mode does: positions tell nothing there.)
  if (!unfolded) unfolded = unfold_joined_rows(input);
  // (Or a line a block, blocks of columns whose lines line up printed in turn, as it does
  // where it cannot join a column's lines: their sentences tell the columns apart.)
  if (!unfolded) unfolded = unthread_interleaved_lines(input);
  const std::string_view unfolded_text = unfolded ? std::string_view(unfolded->text) : input;
  const document_sizes before(doc);
  std::optional<rejoined_page> rejoined;
  {
    // The text, its lines and their roles end with the units: freed here, before the
    // articles stage, so that its memory reuses theirs (the peak is lower, and fewer fresh
    // pages are touched on large inputs).
    page_text text = decode_page(unfolded_text, doc.stats);
    // Lines an extractor broke before a closing mark go back on the lines above them: the
    // page's text, so rejoined, is read on (decoded already; the lines that ended in a soft
    // hyphen taken over).
    const auto adopt = [&text](rejoined_page& r) {
      std::vector<std::uint32_t> soft = std::move(text.soft_hyphen_lines);
      std::vector<std::uint32_t> begins{0};
      const std::string& joined = r.text;
      for (std::size_t at = joined.find('\n'); at != std::string::npos; at = joined.find('\n', at + 1))
        begins.push_back(static_cast<std::uint32_t>(at + 1));
      if (joined.empty() || begins.back() != joined.size()) begins.push_back(static_cast<std::uint32_t>(joined.size() + 1));
      text.adopt(std::move(r.text), std::move(begins));
      const std::vector<std::uint32_t>& first = r.first;
      for (std::uint32_t& l : soft)  // (the joined line's, where a line of it ended in one)
        l = static_cast<std::uint32_t>(std::upper_bound(first.begin(), first.end(), l) - first.begin() - 1);
      soft.erase(std::unique(soft.begin(), soft.end()), soft.end());
      text.soft_hyphen_lines = std::move(soft);
    };
    // So do the words of a justified line that an extractor printed a line each (first).
    std::optional<rejoined_page> spread = rejoin_spread_words(text);
    if (spread) adopt(*spread);
    if ((rejoined = rejoin_split_lines(text, split_line_candidates(text)))) {
      adopt(*rejoined);
      if (spread)  // (lines of the spread words' text, numbered by the page's)
        for (std::uint32_t& l : rejoined->first) l = spread->first[l];
    } else if (spread) {
      rejoined = std::move(spread);
    }
    const measured_lines measured = measure_lines(text);
    if (unfolded || rejoined) {
      doc.stats.input_bytes = input.size();
      doc.stats.input_lines = unfolded ? unfolded->page_lines : rejoined->first.back();
    }
    if (unfolded) doc.stats.side_by_side_lines += unfolded->rows_unfolded;
    const std::vector<line>& lines = measured.lines;
    const line_chars& chars = measured.chars;
    lay = analyse_layout(lines, opts.language, &chars);
    lay.traditional = chars.traditional();
    doc.stats.double_spaced = doc.stats.double_spaced || lay.double_spaced;
    for (const line& l : lines) scripts.cjk += l.cjk, scripts.latin += l.latin;
    // A page in traditional characters: its lines' roles told by the lexicons from their
    // characters' simplified forms (the units keep the characters as printed).
    const line_chars simplified = chars.traditional() ? chars.simplified() : line_chars{};
    const line_roles roles = assign_roles(text, lines, chars.traditional() ? simplified : chars, lay, opts,
                                          opts.explain ? &doc.explanation : nullptr);
    units = build_units(text, lines, chars, lay, roles, opts, doc.stats);
  }
  // (The articles stage reads the layout's flags, not its line by line estimates.)
  std::vector<int>().swap(lay.column);
  std::vector<std::uint8_t>().swap(lay.gap_before);
  const bool within_budget = assemble_articles(std::move(units), lay, opts, doc, scratch);
  if (unfolded || rejoined)
    renumber(doc, before, {rejoined ? &rejoined->first : nullptr, unfolded ? &unfolded->source : nullptr});
  return within_budget;
}

namespace {
void shift(std::vector<line_range>& ranges, std::uint32_t by) {
  for (line_range& r : ranges) r.first += by, r.last += by;
}
}  // namespace

void number_by_input(document& doc, const document_sizes& from, std::uint32_t before) {
  each_line_ranges(doc, from, [&](std::vector<line_range>& ranges) { shift(ranges, before); });
  for (std::size_t k = from.explanation; k < doc.explanation.size(); ++k) doc.explanation[k].line += before;
}

}  // namespace galley::detail
