// The pipeline: each stage a pure function of the previous one (see DESIGN.md).
#include "galley/reflow.h"

#include <algorithm>
#include <string>

#include "articles.hpp"
#include "layout.hpp"
#include "lines.hpp"
#include "roles.hpp"
#include "text.hpp"
#include "units.hpp"

#ifndef GALLEY_VERSION
#define GALLEY_VERSION "0.0.0"
#endif

namespace galley {

std::string_view version() { return GALLEY_VERSION; }

std::string_view error_message(error e) {
  switch (e) {
    case error::none: return "no error";
    case error::input_too_large: return "the input is larger than the maximum input size";
    case error::invalid_options: return "the options are invalid";
  }
  return "unknown error";
}

namespace {

// Characters of each script on the pages read so far: the document's language.
struct script_counts {
  long cjk = 0, latin = 0;
};

// "zh" or "en" by the script most of the text is in; "mixed" when the other script has
// at least a third as many characters.
std::string language_of(const script_counts& n) {
  if (n.cjk == 0 && n.latin == 0) return "zh";
  const long major = std::max(n.cjk, n.latin), minor = std::min(n.cjk, n.latin);
  if (minor * 3 >= major) return "mixed";
  return n.cjk >= n.latin ? "zh" : "en";
}

// How much of each list a document holds: where a page's part of it starts.
struct document_sizes {
  std::size_t articles, residue, explanation;
  explicit document_sizes(const document& doc)
      : articles(doc.articles.size()), residue(doc.residue.size()), explanation(doc.explanation.size()) {}
};

// One page through the stages, its articles and residue added to doc's (and its counts to
// doc's: input_bytes and input_lines are the page's until reflow() sets them). False when
// the work budget ran out.
bool reflow_page(std::string_view input, const options& opts, document& doc, script_counts& scripts) {
  detail::layout lay;
  std::vector<detail::unit> units;
  {
    // The text, its lines and their roles end with the units: freed here, before the
    // articles stage, so that its memory reuses theirs (the peak is lower, and fewer fresh
    // pages are touched on large inputs).
    const detail::page_text text = detail::decode_page(input, doc.stats);
    const std::vector<detail::line> lines = detail::measure_lines(text);
    lay = detail::analyse_layout(lines, opts.language);
    doc.stats.double_spaced = doc.stats.double_spaced || lay.double_spaced;
    for (const detail::line& l : lines) scripts.cjk += l.cjk, scripts.latin += l.latin;
    const detail::line_roles roles =
        detail::assign_roles(text, lines, lay, opts, opts.explain ? &doc.explanation : nullptr);
    units = detail::build_units(text, lines, lay, roles, opts, doc.stats);
  }
  // (The articles stage reads the layout's flags, not its line by line estimates.)
  std::vector<int>().swap(lay.column);
  std::vector<bool>().swap(lay.gap_before);
  return detail::assemble_articles(std::move(units), lay, opts, doc);
}

void shift(std::vector<line_range>& ranges, std::uint32_t by) {
  for (line_range& r : ranges) r.first += by, r.last += by;
}

// What is in doc from `from` on (a page's articles, residue and explanations) numbered by
// the input's lines, the page's first line being line `before` + 1.
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

}  // namespace

result reflow(std::string_view input, const options& opts) {
  result r;
  if (opts.max_input_bytes == 0) { r.error = error::invalid_options; return r; }
  if (input.size() > opts.max_input_bytes) { r.error = error::input_too_large; return r; }
  document& doc = r.document;
  script_counts scripts;
  // A form feed ends a page (pdftotext prints one between pages): each page is read on its
  // own, with its own layout (script, spacing, column widths), so that a document of many
  // pages reads as its pages do, and each page's work stays the size of a page.
  std::uint32_t lines_before = 0;
  bool within_budget = true;
  doc.stats.pages = 0;
  for (std::size_t from = 0;;) {
    const std::size_t end = std::min(input.find('\f', from), input.size());
    const document_sizes before(doc);
    within_budget = reflow_page(input.substr(from, end - from), opts, doc, scripts) && within_budget;
    number_by_input(doc, before, lines_before);
    // (A page's last line goes on into the next when no line break ends it.)
    const bool broken = end > from && (input[end - 1] == '\n' || input[end - 1] == '\r');
    lines_before += static_cast<std::uint32_t>(doc.stats.input_lines) - (broken ? 0 : 1);
    ++doc.stats.pages;
    if (end == input.size()) {
      doc.stats.input_lines = lines_before + (broken ? 0 : 1);
      break;
    }
    from = end + 1;
  }
  doc.stats.input_bytes = input.size();
  if (doc.stats.invalid_bytes_replaced)
    doc.warnings.push_back({"invalid-utf8", std::to_string(doc.stats.invalid_bytes_replaced) +
                                                " invalid UTF-8 byte(s) were replaced with U+FFFD."});
  if (!within_budget)
    doc.warnings.push_back({"budget-exceeded", "The work budget ran out: some sentences cut across columns were left unjoined."});
  doc.lang = language_of(scripts);
  doc.stats.articles = doc.articles.size();
  doc.stats.residue_items = doc.residue.size();
  for (const article& a : doc.articles) doc.stats.blocks += a.blocks.size();
  return r;
}

}  // namespace galley
