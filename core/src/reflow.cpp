// The pipeline: each stage a pure function of the previous one (see DESIGN.md).
#include "galley/reflow.h"

#include <algorithm>

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

// "zh" or "en" by the script most of the page is in; "mixed" when the other script has
// at least a third as many characters.
std::string language_of(const std::vector<detail::line>& lines) {
  long cjk = 0, latin = 0;
  for (const detail::line& l : lines) { cjk += l.cjk; latin += l.latin; }
  if (cjk == 0 && latin == 0) return "zh";
  const long major = std::max(cjk, latin), minor = std::min(cjk, latin);
  if (minor * 3 >= major) return "mixed";
  return cjk >= latin ? "zh" : "en";
}

}  // namespace

result reflow(std::string_view input, const options& opts) {
  result r;
  if (opts.max_input_bytes == 0) { r.error = error::invalid_options; return r; }
  if (input.size() > opts.max_input_bytes) { r.error = error::input_too_large; return r; }
  document& doc = r.document;
  detail::layout lay;
  std::vector<detail::unit> units;
  {
    // The text, its lines and their roles end with the units: freed here, before the
    // articles stage, so that its memory reuses theirs (the peak is lower, and fewer fresh
    // pages are touched on large inputs).
    const detail::page_text text = detail::decode_page(input, doc.stats, doc.warnings);
    const std::vector<detail::line> lines = detail::measure_lines(text);
    lay = detail::analyse_layout(lines, opts.language);
    doc.stats.double_spaced = lay.double_spaced;
    doc.lang = language_of(lines);
    const detail::line_roles roles =
        detail::assign_roles(text, lines, lay, opts, opts.explain ? &doc.explanation : nullptr);
    units = detail::build_units(text, lines, lay, roles, opts, doc.stats);
  }
  // (The articles stage reads the layout's flags, not its line by line estimates.)
  std::vector<int>().swap(lay.column);
  std::vector<bool>().swap(lay.gap_before);
  detail::assemble_articles(std::move(units), lay, opts, doc);
  doc.stats.articles = doc.articles.size();
  doc.stats.residue_items = doc.residue.size();
  for (const article& a : doc.articles) doc.stats.blocks += a.blocks.size();
  return r;
}

}  // namespace galley
