// Pages: each through the stages on its own (see pages.hpp).
#include "pages.hpp"

#include "articles.hpp"
#include "columns.hpp"
#include "layout.hpp"
#include "lines.hpp"
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

// Lines numbered by the unfolded page's text renumbered by the page's own lines: a range
// becomes the runs of page lines it came from.
void renumber(std::vector<line_range>& ranges, const std::vector<std::uint32_t>& source) {
  std::vector<line_range> out;
  for (const line_range& r : ranges)
    for (std::uint32_t l = r.first; l <= r.last && l >= 1 && l <= source.size(); ++l) {
      const std::uint32_t at = source[l - 1] + 1;
      if (!out.empty() && at == out.back().last) continue;
      if (!out.empty() && at == out.back().last + 1) out.back().last = at;
      else out.push_back({at, at});
    }
  ranges = std::move(out);
}

void renumber(document& doc, const document_sizes& from, const std::vector<std::uint32_t>& source) {
  for (std::size_t k = from.articles; k < doc.articles.size(); ++k) {
    article& a = doc.articles[k];
    renumber(a.headline_lines, source);
    for (auto& d : a.deck_lines) renumber(d, source);
    for (block& b : a.blocks) renumber(b.lines, source);
  }
  for (std::size_t k = from.residue; k < doc.residue.size(); ++k) renumber(doc.residue[k].lines, source);
  for (std::size_t k = from.explanation; k < doc.explanation.size(); ++k) {
    std::uint32_t& l = doc.explanation[k].line;
    if (l >= 1 && l <= source.size()) l = source[l - 1] + 1;
  }
}

}  // namespace

bool reflow_page(std::string_view input, const options& opts, document& doc, script_counts& scripts) {
  layout lay;
  std::vector<unit> units;
  // A page whose columns were printed side by side is read column by column; its lines
  // are numbered by the page's own at the end.
  const std::optional<unfolded_page> unfolded = unfold_side_by_side(input);
  const document_sizes before(doc);
  {
    // The text, its lines and their roles end with the units: freed here, before the
    // articles stage, so that its memory reuses theirs (the peak is lower, and fewer fresh
    // pages are touched on large inputs).
    const page_text text = decode_page(unfolded ? std::string_view(unfolded->text) : input, doc.stats);
    if (unfolded) {
      doc.stats.input_bytes = input.size();
      doc.stats.input_lines = unfolded->page_lines;
      doc.stats.side_by_side_lines += unfolded->rows_unfolded;
    }
    const measured_lines measured = measure_lines(text);
    const std::vector<line>& lines = measured.lines;
    const line_chars& chars = measured.chars;
    lay = analyse_layout(lines, opts.language);
    doc.stats.double_spaced = doc.stats.double_spaced || lay.double_spaced;
    for (const line& l : lines) scripts.cjk += l.cjk, scripts.latin += l.latin;
    const line_roles roles =
        assign_roles(text, lines, chars, lay, opts, opts.explain ? &doc.explanation : nullptr);
    units = build_units(text, lines, chars, lay, roles, opts, doc.stats);
  }
  // (The articles stage reads the layout's flags, not its line by line estimates.)
  std::vector<int>().swap(lay.column);
  std::vector<bool>().swap(lay.gap_before);
  const bool within_budget = assemble_articles(std::move(units), lay, opts, doc);
  if (unfolded) renumber(doc, before, unfolded->source);
  return within_budget;
}

namespace {
void shift(std::vector<line_range>& ranges, std::uint32_t by) {
  for (line_range& r : ranges) r.first += by, r.last += by;
}
}  // namespace

void number_by_input(document& doc, const document_sizes& from, std::uint32_t before) {
  for (std::size_t k = from.articles; k < doc.articles.size(); ++k) {
    article& a = doc.articles[k];
    shift(a.headline_lines, before);
    for (auto& d : a.deck_lines) shift(d, before);
    for (block& b : a.blocks) shift(b.lines, before);
  }
  for (std::size_t k = from.residue; k < doc.residue.size(); ++k) shift(doc.residue[k].lines, before);
  for (std::size_t k = from.explanation; k < doc.explanation.size(); ++k) doc.explanation[k].line += before;
}

}  // namespace galley::detail
